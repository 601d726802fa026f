package io.outeract.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.io.IOException;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** auth.test tells whether a bot token still works and whom it speaks for; it never throws. */
class SlackHealthCheckTest {

    private final FakeSlack slack = new FakeSlack();
    private final SlackAdapter adapter = slack.adapter();

    @AfterEach
    void stopSlack() throws IOException {
        slack.close();
    }

    @Test
    void speaksForSlack() {
        assertThat(adapter.platform()).isEqualTo(Platform.SLACK);
    }

    @Test
    void reportsTheBotUserTeamAndBotAWorkingTokenSpeaksFor() {
        slack.answersWithFixture("auth-test-response");
        JsonNode expected = SlackFixtures.expected("auth-test-response");

        HealthReport report = adapter.checkHealth(FakeSlack.botCredentials());

        assertThat(report).isEqualTo(new HealthReport(expected.path("healthy").asBoolean(),
                expected.path("bot_user_id").asText(), "relaybot",
                "team " + expected.path("team_id").asText() + " (Acme Example), bot "
                        + expected.path("bot_id").asText()));
        RecordedRequest request = slack.request();
        assertThat(request.getPath()).isEqualTo("/api/auth.test");
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("Bearer " + SlackFixtures.BOT_TOKEN);
    }

    @Test
    void reportsATokenSlackRejects() {
        slack.answersWithFixture("send-error-invalid-auth");

        HealthReport report = adapter.checkHealth(FakeSlack.botCredentials());

        assertThat(report).isEqualTo(
                HealthReport.unhealthy("Slack answered auth.test with invalid_auth"));
    }

    @Test
    void reportsASlackThatCannotBeReached() {
        HealthReport report = new SlackAdapter(FakeSlack.unreachableApi(), new ObjectMapper())
                .checkHealth(FakeSlack.botCredentials());

        assertThat(report.healthy()).isFalse();
        assertThat(report.detail()).startsWith("Slack could not be reached: ");
    }

    @Test
    void reportsAConnectionWithoutToken() {
        HealthReport report = adapter.checkHealth(
                Credentials.of(SlackCredentials.SIGNING_SECRET, SlackFixtures.SIGNING_SECRET));

        assertThat(report).isEqualTo(
                HealthReport.unhealthy("The connection has no Slack bot token"));
        assertThat(slack.requestCount()).isZero();
    }
}
