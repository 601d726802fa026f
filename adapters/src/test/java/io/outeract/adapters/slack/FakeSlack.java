package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.testing.FakePlatformServer;
import io.outeract.adapters.testing.Loopback;
import io.outeract.contract.common.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Slack's Web API on loopback (under {@code /api}), and adapters pointed at it. */
final class FakeSlack extends FakePlatformServer {

    static final Duration READ_TIMEOUT = Loopback.READ_TIMEOUT;

    private static final ObjectMapper JSON = new ObjectMapper();

    FakeSlack() {
        super("Slack", "application/json; charset=utf-8");
    }

    static Credentials botCredentials() {
        return new Credentials(Map.of(
                SlackCredentials.BOT_TOKEN, SlackFixtures.BOT_TOKEN,
                SlackCredentials.SIGNING_SECRET, SlackFixtures.SIGNING_SECRET));
    }

    /** An adapter that never talks to anything: for reading deliveries only. */
    static SlackAdapter offlineAdapter(Clock clock) {
        return new SlackAdapter(apiAt(Loopback.OFFLINE + "/api"), JSON, clock);
    }

    /** A Web API client whose Slack is a loopback port nothing listens on. */
    static SlackWebApi unreachableApi() {
        return apiAt(Loopback.unreachableUrl("/api"));
    }

    SlackWebApi api() {
        return apiAt(url("/api"));
    }

    SlackAdapter adapter() {
        return new SlackAdapter(api(), JSON);
    }

    /** Answers with a response fixture, under the status and headers its meta gives. */
    void answersWithFixture(String fixture) {
        answersAsMetaSays(SlackFixtures.meta(fixture), SlackFixtures.text(fixture));
    }

    private static SlackWebApi apiAt(String baseUrl) {
        return new SlackWebApi(Loopback.client(), JSON, baseUrl);
    }
}
