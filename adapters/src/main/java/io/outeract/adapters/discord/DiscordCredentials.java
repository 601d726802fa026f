package io.outeract.adapters.discord;

import io.outeract.contract.common.Credentials;
import java.util.Optional;

/** The names under which a Discord connection keeps its secrets. */
public final class DiscordCredentials {

    /** The application's public key (64 hex digits), which checks every delivery. */
    public static final String PUBLIC_KEY = "public_key";

    /** The bot's token; it authorises every REST call as {@code Bot <token>}. */
    public static final String BOT_TOKEN = "bot_token";

    private DiscordCredentials() {
    }

    static Optional<String> find(Credentials credentials, String name) {
        String value = credentials.values().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
