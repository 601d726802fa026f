package io.outeract.adapters.email;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.contract.common.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The SMTP side of the test connection, as the transcripts know it: postmaster@mg.example.com
 * submitting as Acme Support &lt;support@mg.example.com&gt;, to a server on loopback only.
 */
final class SmtpCredentials {

    static final String USERNAME = "postmaster@mg.example.com";
    static final String PASSWORD = "test-smtp-password-not-real";
    static final String FROM = "support@mg.example.com";
    static final String FROM_NAME = "Acme Support";
    static final Instant NOW = Instant.parse("2025-11-12T14:35:10Z");
    static final SmtpTimeouts QUICK =
            new SmtpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));

    private SmtpCredentials() {
    }

    /** Plain SMTP with AUTH to a test server on loopback. */
    static Credentials onLoopback(int port) {
        return onLoopback(port, "none", PASSWORD);
    }

    static Credentials onLoopback(int port, String security, String password) {
        Map<String, String> values = new HashMap<>();
        values.put(EmailCredentials.SMTP_HOST, "127.0.0.1");
        values.put(EmailCredentials.SMTP_PORT, String.valueOf(port));
        values.put(EmailCredentials.SMTP_SECURITY, security);
        values.put(EmailCredentials.SMTP_USERNAME, USERNAME);
        values.put(EmailCredentials.SMTP_PASSWORD, password);
        values.put(EmailCredentials.FROM_ADDRESS, FROM);
        values.put(EmailCredentials.FROM_NAME, FROM_NAME);
        return new Credentials(values);
    }

    static EmailAdapter adapter() {
        return new EmailAdapter(new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC), QUICK);
    }
}
