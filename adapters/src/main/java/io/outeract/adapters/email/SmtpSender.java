package io.outeract.adapters.email;

import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.adapters.email.EmailComposer.ComposedEmail;
import io.outeract.contract.outbound.SendError;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits one email over SMTP: connect, TLS, AUTH, then MAIL, RCPT and DATA. Connecting and
 * submitting are told apart because what a failure means depends on how far it got.
 */
final class SmtpSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpSender.class);

    private final SmtpSessions sessions;
    private final EmailComposer composer;

    SmtpSender(SmtpSessions sessions, EmailComposer composer) {
        this.sessions = sessions;
        this.composer = composer;
    }

    SendResult send(OutgoingMessage outgoing, SmtpSettings settings) {
        Session session = sessions.open(settings);
        ComposedEmail email;
        try {
            email = composer.compose(outgoing, settings, session);
        } catch (UnsendableEmailException | MessagingException unsendable) {
            return new SendResult.Failed(new SendError(SendErrorCodes.INVALID_REQUEST, null,
                    unsendable.getMessage()));
        }

        SMTPTransport transport;
        try {
            transport = (SMTPTransport) session.getTransport(settings.security().protocol());
        } catch (MessagingException noTransport) {
            throw new IllegalStateException("Jakarta Mail has no SMTP transport", noTransport);
        }
        try {
            return submit(transport, email, settings);
        } finally {
            close(transport, settings);
        }
    }

    private static SendResult submit(
            SMTPTransport transport, ComposedEmail email, SmtpSettings settings) {
        try {
            transport.connect(settings.host(), settings.port(), settings.username(),
                    settings.password());
        } catch (MessagingException failure) {
            log.warn("Connecting to the SMTP server {}:{} failed: {}", settings.host(),
                    settings.port(), failure.getMessage());
            return SmtpOutcomes.ofConnecting(failure, transport.getLastReturnCode());
        }

        try {
            transport.sendMessage(email.message(), email.message().getAllRecipients());
        } catch (MessagingException failure) {
            log.warn("The SMTP server {} did not take the email {}: {}", settings.host(),
                    email.messageId(), failure.getMessage());
            return SmtpOutcomes.ofSubmitting(failure, transport.getLastReturnCode());
        }
        log.info("The SMTP server {} took the email {}: {}", settings.host(), email.messageId(),
                transport.getLastServerResponse().strip());
        return new SendResult.Sent(email.messageId());
    }

    // The mail is queued or refused by now; a QUIT that goes wrong changes neither.
    private static void close(SMTPTransport transport, SmtpSettings settings) {
        try {
            transport.close();
        } catch (MessagingException failure) {
            log.debug("Closing the SMTP connection to {} failed: {}", settings.host(),
                    failure.getMessage());
        }
    }
}
