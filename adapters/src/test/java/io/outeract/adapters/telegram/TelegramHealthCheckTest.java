package io.outeract.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.HealthReport;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.io.IOException;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** getMe tells whether a token still works and which bot it is; the check never throws. */
class TelegramHealthCheckTest {

    private final FakeTelegram telegram = new FakeTelegram();
    private final TelegramAdapter adapter = telegram.adapter();

    @AfterEach
    void stopTelegram() throws IOException {
        telegram.close();
    }

    @Test
    void speaksForTelegram() {
        assertThat(adapter.platform()).isEqualTo(Platform.TELEGRAM);
    }

    @Test
    void reportsTheBotAWorkingTokenSpeaksFor() {
        telegram.answersWithFixture(200, "get-me-response");

        HealthReport report = adapter.checkHealth(FakeTelegram.botCredentials());

        assertThat(report).isEqualTo(HealthReport.healthy("7391056284", "harborlane_help_bot"));
        RecordedRequest request = telegram.request();
        assertThat(request.getPath()).isEqualTo("/bot" + FakeTelegram.BOT_TOKEN + "/getMe");
    }

    @Test
    void reportsATokenTelegramRejects() {
        telegram.answers(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");

        HealthReport report = adapter.checkHealth(FakeTelegram.botCredentials());

        assertThat(report).isEqualTo(HealthReport.unhealthy("Telegram rejected the bot token"));
    }

    @Test
    void reportsAnyOtherRefusalInTelegramsWords() {
        telegram.answers(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");

        HealthReport report = adapter.checkHealth(FakeTelegram.botCredentials());

        assertThat(report).isEqualTo(HealthReport.unhealthy("Not Found"));
    }

    @Test
    void reportsATelegramThatCannotBeReached() {
        HealthReport report =
                FakeTelegram.unreachableAdapter().checkHealth(FakeTelegram.botCredentials());

        assertThat(report.healthy()).isFalse();
        assertThat(report.detail())
                .startsWith("Telegram could not be reached: ")
                .doesNotContain(FakeTelegram.BOT_TOKEN);
    }

    @Test
    void reportsAConnectionWithoutAToken() {
        Credentials secretOnly = Credentials.of(
                TelegramCredentials.WEBHOOK_SECRET_TOKEN, TelegramFixtures.SECRET_TOKEN);

        HealthReport report = adapter.checkHealth(secretOnly);

        assertThat(report).isEqualTo(
                HealthReport.unhealthy("The connection has no Telegram bot token"));
        assertThat(telegram.requestCount()).isZero();
    }
}
