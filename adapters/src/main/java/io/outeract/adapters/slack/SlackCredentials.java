package io.outeract.adapters.slack;

import io.outeract.contract.common.Credentials;
import java.util.Optional;

/** The names under which a Slack connection keeps its secrets. */
public final class SlackCredentials {

    /** The app's signing secret, which signs every delivery of the Events API. */
    public static final String SIGNING_SECRET = "signing_secret";

    /** The installation's bot token ({@code xoxb-…}) from oauth.v2.access. */
    public static final String BOT_TOKEN = "bot_token";

    private SlackCredentials() {
    }

    static Optional<String> find(Credentials credentials, String name) {
        String value = credentials.values().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
