package io.outeract.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.WebhookRegistration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The token is in every Bot API URL: it, the webhook secret and message texts are never logged. */
class TelegramLoggingTest {

    private static final String TEXT = "Your cake order is confirmed for Sunday 10:00.";
    private static final OutgoingMessage TO_LENA = OutgoingMessage.text("6812345098", TEXT, null);

    private final Logger telegramLogs = (Logger) LoggerFactory.getLogger("io.outeract.adapters");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final FakeTelegram telegram = new FakeTelegram();
    private Level levelBefore;

    @BeforeEach
    void recordEveryLine() {
        levelBefore = telegramLogs.getLevel();
        telegramLogs.setLevel(Level.DEBUG);
        lines.start();
        telegramLogs.addAppender(lines);
    }

    @AfterEach
    void stopRecording() throws IOException {
        telegramLogs.detachAppender(lines);
        telegramLogs.setLevel(levelBefore);
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

        assertThat(lines.list).isNotEmpty();
        assertThat(everythingLogged())
                .doesNotContain(FakeTelegram.BOT_TOKEN)
                .doesNotContain(FakeTelegram.BOT_TOKEN.substring(11))
                .doesNotContain(TelegramFixtures.SECRET_TOKEN)
                .doesNotContain(TelegramFixtures.WEBHOOK_URL)
                .doesNotContain(TEXT);
    }

    private String everythingLogged() {
        List<String> logged = new ArrayList<>();
        for (ILoggingEvent line : lines.list) {
            logged.add(line.getFormattedMessage());
            for (IThrowableProxy cause = line.getThrowableProxy(); cause != null;
                    cause = cause.getCause()) {
                logged.add(cause.getMessage());
            }
        }
        return String.join("\n", logged);
    }
}
