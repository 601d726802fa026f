package io.outeract.adapters.email;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * Jakarta Mail sessions for one connection's SMTP server. Each send gets a session of its own:
 * {@code Session.getDefaultInstance} would share the first caller's settings with every other.
 */
final class SmtpSessions {

    private final SmtpTimeouts timeouts;

    SmtpSessions(SmtpTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    Session open(SmtpSettings settings) {
        String prefix = "mail." + settings.security().protocol() + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "host", settings.host());
        properties.setProperty(prefix + "port", String.valueOf(settings.port()));
        properties.setProperty(prefix + "auth", "true");
        // PLAIN first: one round trip, and what submission servers offer after TLS.
        properties.setProperty(prefix + "auth.mechanisms", "PLAIN LOGIN");
        // No authorisation id beside the username, as RFC 4616 clients send it: some servers
        // refuse a PLAIN login that names one.
        properties.setProperty(prefix + "sasl.authorizationid", "");
        properties.setProperty(prefix + "from", settings.fromAddress());
        // Our own name in EHLO, rather than a lookup of this host's name in DNS.
        properties.setProperty(prefix + "localhost", settings.fromDomain());
        properties.setProperty(prefix + "connectiontimeout",
                String.valueOf(timeouts.connect().toMillis()));
        properties.setProperty(prefix + "timeout", String.valueOf(timeouts.read().toMillis()));
        properties.setProperty(prefix + "writetimeout",
                String.valueOf(timeouts.read().toMillis()));
        switch (settings.security()) {
            case STARTTLS -> {
                // Required, not merely enabled: without TLS the password would cross in clear.
                properties.setProperty(prefix + "starttls.enable", "true");
                properties.setProperty(prefix + "starttls.required", "true");
                properties.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.setProperty(prefix + "ssl.enable", "true");
                properties.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> properties.setProperty(prefix + "starttls.enable", "false");
        }
        return Session.getInstance(properties);
    }
}
