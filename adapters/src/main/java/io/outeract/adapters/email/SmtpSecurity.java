package io.outeract.adapters.email;

import java.util.Locale;

/** How the SMTP connection is protected before the password is sent. */
enum SmtpSecurity {
    STARTTLS("smtp", 587),
    TLS("smtps", 465),
    NONE("smtp", 25);

    private final String protocol;
    private final int defaultPort;

    SmtpSecurity(String protocol, int defaultPort) {
        this.protocol = protocol;
        this.defaultPort = defaultPort;
    }

    /** Jakarta Mail's name of the transport, and so the prefix of its session properties. */
    String protocol() {
        return protocol;
    }

    int defaultPort() {
        return defaultPort;
    }

    static SmtpSecurity named(String name) {
        if (name == null || name.isBlank()) {
            return STARTTLS;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "starttls" -> STARTTLS;
            case "tls", "ssl" -> TLS;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("The SMTP security mode must be "
                    + "starttls, tls or none, not '" + name + "'");
        };
    }
}
