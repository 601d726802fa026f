package io.outeract.adapters.telegram;

import io.outeract.contract.common.Credentials;
import java.util.Optional;

/** The names under which a Telegram connection keeps its secrets. */
public final class TelegramCredentials {

    /** The bot token from BotFather; it authorises every Bot API call. */
    public static final String BOT_TOKEN = "bot_token";

    /** The {@code secret_token} given to setWebhook, which Telegram echoes on every delivery. */
    public static final String WEBHOOK_SECRET_TOKEN = "webhook_secret_token";

    private TelegramCredentials() {
    }

    static Optional<String> find(Credentials credentials, String name) {
        String value = credentials.values().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
