package io.outeract.adapters.email;

import io.outeract.adapters.HealthReport;
import io.outeract.adapters.SendResult;
import io.outeract.contract.common.Credentials;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Connects and authenticates to the connection's SMTP server, and sends nothing: whether the
 * server takes the password is the whole question. Answers, never throws.
 */
final class SmtpHealthCheck {

    private final SmtpSessions sessions;

    SmtpHealthCheck(SmtpSessions sessions) {
        this.sessions = sessions;
    }

    HealthReport check(Credentials credentials) {
        SmtpSettings settings;
        try {
            settings = SmtpSettings.of(credentials);
        } catch (IllegalArgumentException incomplete) {
            return HealthReport.unhealthy(incomplete.getMessage());
        }

        Session session = sessions.open(settings);
        SMTPTransport transport;
        try {
            transport = (SMTPTransport) session.getTransport(settings.security().protocol());
        } catch (MessagingException noTransport) {
            throw new IllegalStateException("Jakarta Mail has no SMTP transport", noTransport);
        }
        try {
            transport.connect(settings.host(), settings.port(), settings.username(),
                    settings.password());
            return HealthReport.healthy(settings.fromAddress(), settings.fromName());
        } catch (MessagingException failure) {
            return HealthReport.unhealthy(describe(
                    SmtpOutcomes.ofConnecting(failure, transport.getLastReturnCode())));
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The check has its answer; a QUIT that goes wrong does not change it.
            }
        }
    }

    private static String describe(SendResult result) {
        if (result instanceof SendResult.Failed failed) {
            return failed.error().description();
        }
        return result instanceof SendResult.RetryLater later ? later.error().description() : "";
    }
}
