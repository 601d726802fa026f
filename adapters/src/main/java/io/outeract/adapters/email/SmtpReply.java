package io.outeract.adapters.email;

import jakarta.mail.MessagingException;
import java.util.Locale;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * The reply an SMTP server refused a command with, as Jakarta Mail reports it: the code, the
 * command it answered and the server's words. The code is -1 when the connection ended where a
 * reply was due.
 */
record SmtpReply(int code, String command, String text) {

    static SmtpReply in(MessagingException failure) {
        for (Exception cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException refused) {
                return new SmtpReply(refused.getReturnCode(), refused.getCommand(),
                        refused.getMessage());
            }
            if (cause instanceof SMTPSendFailedException refused) {
                return new SmtpReply(refused.getReturnCode(), refused.getCommand(),
                        refused.getMessage());
            }
        }
        return null;
    }

    boolean answersRecipient() {
        return command != null && command.toUpperCase(Locale.ROOT).startsWith("RCPT");
    }

    boolean isReply() {
        return code > 0;
    }

    /** Whether it answers the dot that ends the message: the server had all of it by then. */
    boolean answersEndOfData() {
        return ".".equals(command == null ? null : command.strip());
    }

    boolean isTransient() {
        return code >= 400 && code < 500;
    }

    String codeText() {
        return String.valueOf(code);
    }

    /** Jakarta Mail chains the refusals of several recipients through next exceptions. */
    private static Exception next(Exception failure) {
        if (failure instanceof MessagingException messaging
                && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        Throwable cause = failure.getCause();
        return cause instanceof Exception exception && cause != failure ? exception : null;
    }
}
