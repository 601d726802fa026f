package io.outeract.adapters;

/** The names, among a connection's credentials, of the secrets of its dedicated webhook. */
public final class WebhookSecretNames {

    /** The unguessable last segment of {@code /webhooks/{connectionId}/{secret}}. */
    public static final String PATH_SECRET = "webhook_path_secret";

    /** What the platform sends in a header with every delivery (Telegram's secret_token). */
    public static final String SECRET_TOKEN = "webhook_secret_token";

    private WebhookSecretNames() {
    }
}
