package io.outeract.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.io.IOException;
import java.time.Clock;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** users/@me tells whether a bot token still works and which bot it is; it never throws. */
class DiscordHealthCheckTest {

    private final FakeDiscord discord = new FakeDiscord();
    private final DiscordAdapter adapter = discord.adapter(Clock.systemUTC());

    @AfterEach
    void stopDiscord() throws IOException {
        discord.close();
    }

    @Test
    void speaksForDiscord() {
        assertThat(adapter.platform()).isEqualTo(Platform.DISCORD);
    }

    @Test
    void reportsTheBotAWorkingTokenSpeaksFor() {
        discord.answersWithFixture("users-me-response");
        JsonNode documented = DiscordFixtures.meta("users-me-response");

        HealthReport report = adapter.checkHealth(FakeDiscord.botCredentials());

        assertThat(report).isEqualTo(HealthReport.healthy(
                documented.path("expected").path("bot_user_id").asText(), "relaybot"));
        RecordedRequest request = discord.request();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v10/users/@me");
        assertThat(request.getHeader("Authorization")).isEqualTo(
                documented.path("request").path("headers").path("Authorization").asText());
    }

    @Test
    void reportsATokenDiscordRejects() {
        discord.answersWithFixture("send-error-unauthorized");

        HealthReport report = adapter.checkHealth(FakeDiscord.botCredentials());

        assertThat(report).isEqualTo(HealthReport.unhealthy("Discord rejected the bot token"));
    }

    @Test
    void reportsADiscordThatCannotBeReached() {
        HealthReport report =
                FakeDiscord.unreachableAdapter().checkHealth(FakeDiscord.botCredentials());

        assertThat(report.healthy()).isFalse();
        assertThat(report.detail()).startsWith("Discord could not be reached: ");
    }

    @Test
    void reportsAConnectionWithoutToken() {
        HealthReport report = adapter.checkHealth(
                Credentials.of(DiscordCredentials.PUBLIC_KEY, DiscordFixtures.PUBLIC_KEY));

        assertThat(report).isEqualTo(
                HealthReport.unhealthy("The connection has no Discord bot token"));
        assertThat(discord.requestCount()).isZero();
    }
}
