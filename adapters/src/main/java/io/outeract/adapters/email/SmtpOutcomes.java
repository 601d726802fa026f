package io.outeract.adapters.email;

import static io.outeract.adapters.SendErrorCodes.CONNECTION_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.FILE_STORAGE_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_NOT_FOUND;
import static io.outeract.adapters.SendErrorCodes.RECIPIENT_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.UNAUTHORIZED;

import io.outeract.adapters.SendResult;
import io.outeract.contract.outbound.SendError;
import jakarta.mail.MessagingException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * What a failed submission came to, in Outeract's words. A server's 4xx is a passing refusal,
 * worth another try; a 5xx is final. Without any reply, what counts is how far the session got:
 * before DATA was accepted the server holds nothing, so trying again is safe; once it had said
 * 354 and taken the message, a broken connection proves nothing, since the server may have
 * queued the mail and lost only its answer. That outcome is unknown and not retried: a missing
 * mail is a lesser harm than a doubled one.
 */
final class SmtpOutcomes {

    /** The server's "start mail input": from here on, the message is being handed over. */
    static final int DATA_ACCEPTED = 354;

    private SmtpOutcomes() {
    }

    /** Connecting, TLS or AUTH failed: nothing was submitted. */
    static SendResult ofConnecting(MessagingException failure, int lastReplyCode) {
        if (lastReplyCode == 535 || lastReplyCode == 530 || lastReplyCode == 534) {
            return failed(UNAUTHORIZED, lastReplyCode,
                    "The SMTP server refused the username and password");
        }
        if (lastReplyCode >= 400 && lastReplyCode < 500) {
            return retry(PLATFORM_UNAVAILABLE, lastReplyCode,
                    "The SMTP server is refusing connections for now: " + failure.getMessage());
        }
        if (causedBy(failure, SSLException.class)) {
            return failed(CONNECTION_UNAVAILABLE, lastReplyCode,
                    "TLS with the SMTP server failed: " + failure.getMessage());
        }
        if (mentions(failure, "STARTTLS is required")) {
            return failed(CONNECTION_UNAVAILABLE, lastReplyCode, "The SMTP server offers no "
                    + "STARTTLS, and the password is never sent in clear text");
        }
        return retry(PLATFORM_UNREACHABLE, lastReplyCode,
                "The SMTP server could not be reached: " + failure.getMessage());
    }

    /** MAIL, RCPT, DATA or the message itself failed. */
    static SendResult ofSubmitting(MessagingException failure, int lastReplyCode) {
        if (causedBy(failure, FileStorageReadException.class)) {
            // The message was cut off before its final dot, so the server must drop it.
            return retry(FILE_STORAGE_UNAVAILABLE, lastReplyCode,
                    "The attachment could not be read from file storage; nothing was sent");
        }
        SmtpReply reply = SmtpReply.in(failure);
        if (reply != null && reply.isReply()) {
            return ofReply(reply);
        }
        if (lastReplyCode == DATA_ACCEPTED || reply != null && reply.answersEndOfData()) {
            return failed(OUTCOME_UNKNOWN, DATA_ACCEPTED, "The SMTP server did not confirm the "
                    + "message after taking it, so it may have been queued: "
                    + failure.getMessage());
        }
        return retry(PLATFORM_UNREACHABLE, lastReplyCode,
                "The SMTP connection broke before the message was handed over: "
                        + failure.getMessage());
    }

    private static SendResult ofReply(SmtpReply reply) {
        if (reply.isTransient()) {
            return new SendResult.RetryLater(error(isRateLimit(reply) ? RATE_LIMITED
                    : PLATFORM_UNAVAILABLE, reply), null);
        }
        return new SendResult.Failed(error(refusalCode(reply), reply));
    }

    private static String refusalCode(SmtpReply reply) {
        return switch (reply.code()) {
            case 530, 534, 535 -> UNAUTHORIZED;
            case 550, 551, 553 -> reply.answersRecipient() ? RECIPIENT_NOT_FOUND : INVALID_REQUEST;
            case 552, 554 -> reply.answersRecipient() ? RECIPIENT_UNREACHABLE : INVALID_REQUEST;
            default -> INVALID_REQUEST;
        };
    }

    /** 421 and 451 carry rate limits as often as outages; only the server's words tell. */
    private static boolean isRateLimit(SmtpReply reply) {
        String text = reply.text() == null ? "" : reply.text().toLowerCase(Locale.ROOT);
        return text.contains("rate") || text.contains("limit") || text.contains("too many");
    }

    private static SendError error(String code, SmtpReply reply) {
        return new SendError(code, reply.codeText(), reply.text());
    }

    private static SendResult failed(String code, int replyCode, String description) {
        return new SendResult.Failed(new SendError(code, platformCode(replyCode), description));
    }

    private static SendResult retry(String code, int replyCode, String description) {
        return new SendResult.RetryLater(
                new SendError(code, platformCode(replyCode), description), null);
    }

    private static String platformCode(int replyCode) {
        return replyCode > 0 ? String.valueOf(replyCode) : null;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable failure, String words) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause.getMessage() != null && cause.getMessage().contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable failure) {
        Throwable cause = failure instanceof MessagingException messaging
                && messaging.getNextException() != null
                ? messaging.getNextException() : failure.getCause();
        return cause == failure ? null : cause;
    }
}
