package io.outeract.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.WebhookRegistration;
import io.outeract.adapters.testing.CapturedLogs;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The token is in every Bot API URL: it, the webhook secret and message texts are never logged. */
class TelegramLoggingTest {

    private static final String TEXT = "Your cake order is confirmed for Sunday 10:00.";
    private static final OutgoingMessage TO_LENA = OutgoingMessage.text("6812345098", TEXT, null);

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs("io.outeract.adapters");

    private final FakeTelegram telegram = new FakeTelegram();

    @AfterEach
    void stopTheFake() throws IOException {
        telegram.close();
    }

    @Test
    void logsNoSecretAndNoTextWhateverTelegramAnswers() {
        TelegramAdapter adapter = telegram.adapter();
        telegram.answersWithFixture(200, "send-message-success-response");
        telegram.answersWithFixture(429, "send-error-rate-limited");
        telegram.answersWithFixture(403, "send-error-bot-blocked");
        telegram.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        telegram.answersWithFixture(200, "set-webhook-success-response");
        telegram.answers(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}");

        for (int send = 0; send < 4; send++) {
            adapter.send(TO_LENA, FakeTelegram.botCredentials());
        }
        adapter.registerWebhook(new WebhookRegistration(TelegramFixtures.WEBHOOK_URL,
                TelegramFixtures.SECRET_TOKEN), FakeTelegram.botCredentials());
        adapter.unregisterWebhook(FakeTelegram.botCredentials());
        FakeTelegram.unreachableAdapter().send(TO_LENA, FakeTelegram.botCredentials());
        FakeTelegram.unreachableAdapter().unregisterWebhook(FakeTelegram.botCredentials());

        assertThat(logs.lines()).isNotEmpty();
        assertThat(logs.everything())
                .doesNotContain(FakeTelegram.BOT_TOKEN)
                .doesNotContain(FakeTelegram.BOT_TOKEN.substring(11))
                .doesNotContain(TelegramFixtures.SECRET_TOKEN)
                .doesNotContain(TelegramFixtures.WEBHOOK_URL)
                .doesNotContain(TEXT);
    }
}
