package io.outeract.adapters.email;

import io.outeract.contract.common.Credentials;
import java.util.Optional;

/**
 * The names under which an email connection keeps its settings and secrets. The connection's
 * mailbox, and so its external account id, is {@link #FROM_ADDRESS}, lowercased.
 */
public final class EmailCredentials {

    /** Mailgun's HTTP webhook signing key, which signs route forwards and delivery events. */
    public static final String MAILGUN_SIGNING_KEY = "mailgun_webhook_signing_key";

    public static final String SMTP_HOST = "smtp_host";

    /** Defaults to 587 for {@code starttls}, 465 for {@code tls}, 25 for {@code none}. */
    public static final String SMTP_PORT = "smtp_port";

    public static final String SMTP_USERNAME = "smtp_username";

    public static final String SMTP_PASSWORD = "smtp_password";

    /**
     * {@code starttls} (the default: TLS is required before AUTH), {@code tls} (implicit TLS,
     * port 465) or {@code none}, plain text, meant for a test server on loopback.
     */
    public static final String SMTP_SECURITY = "smtp_security";

    /** The mailbox the connection sends as and receives for, such as support@mg.example.com. */
    public static final String FROM_ADDRESS = "from_address";

    /** The name shown beside the address, such as "Acme Support"; optional. */
    public static final String FROM_NAME = "from_name";

    private EmailCredentials() {
    }

    static Optional<String> find(Credentials credentials, String name) {
        String value = credentials.values().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
