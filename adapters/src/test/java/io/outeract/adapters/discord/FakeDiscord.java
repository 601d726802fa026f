package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.testing.FakePlatformServer;
import io.outeract.adapters.testing.Loopback;
import io.outeract.contract.common.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Discord's REST API on loopback (under {@code /api/v10}), and adapters pointed at it. */
final class FakeDiscord extends FakePlatformServer {

    static final Duration READ_TIMEOUT = Loopback.READ_TIMEOUT;

    private static final ObjectMapper JSON = new ObjectMapper();

    FakeDiscord() {
        super("Discord", "application/json");
    }

    static Credentials botCredentials() {
        return new Credentials(Map.of(
                DiscordCredentials.BOT_TOKEN, DiscordFixtures.BOT_TOKEN,
                DiscordCredentials.PUBLIC_KEY, DiscordFixtures.PUBLIC_KEY));
    }

    /** An adapter that never talks to anything: for reading deliveries only. */
    static DiscordAdapter offlineAdapter(Clock clock) {
        return new DiscordAdapter(apiAt(Loopback.OFFLINE + "/api/v10"), JSON, clock);
    }

    /** An adapter whose Discord is a loopback port nothing listens on. */
    static DiscordAdapter unreachableAdapter() {
        return new DiscordAdapter(apiAt(Loopback.unreachableUrl("/api/v10")), JSON);
    }

    DiscordAdapter adapter(Clock clock) {
        return new DiscordAdapter(apiAt(url("/api/v10")), JSON, clock);
    }

    /** Answers with a response fixture, under the status and headers its meta gives. */
    void answersWithFixture(String fixture) {
        answersAsMetaSays(DiscordFixtures.meta(fixture), DiscordFixtures.text(fixture));
    }

    private static DiscordRestApi apiAt(String baseUrl) {
        return new DiscordRestApi(Loopback.client(), JSON, baseUrl);
    }
}
