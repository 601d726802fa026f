package io.outeract.adapters.meta.messaging;

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

/** Page and Instagram tokens and message texts are never logged, whatever Meta answers. */
class MessagingLoggingTest {

    private static final String TEXT = "Thanks Lena! We have size M in stock.";
    private static final OutgoingMessage TO_LENA =
            OutgoingMessage.text("7423918856102237", TEXT, null);

    private final Logger adapterLogs = (Logger) LoggerFactory.getLogger("io.outeract.adapters");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final FakeMeta meta = new FakeMeta();
    private Level levelBefore;

    @BeforeEach
    void recordEveryLine() {
        levelBefore = adapterLogs.getLevel();
        adapterLogs.setLevel(Level.DEBUG);
        lines.start();
        adapterLogs.addAppender(lines);
    }

    @AfterEach
    void stopRecording() throws IOException {
        adapterLogs.detachAppender(lines);
        adapterLogs.setLevel(levelBefore);
        meta.close();
    }

    @Test
    void logsNoTokenAndNoTextWhateverMetaAnswers() {
        MessagingFixtures messenger = MessagingFixtures.MESSENGER;
        meta.answers(200, messenger.text("send-success-response"));
        meta.answers(400, messenger.text("send-error-rate-limited"));
        meta.answers(400, messenger.text("send-error-user-unavailable"));
        meta.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        meta.answers(200, messenger.text("subscribed-apps-response"));
        meta.answers(400, MessagingFixtures.INSTAGRAM.text("send-error-outside-window"));

        for (int send = 0; send < 4; send++) {
            meta.messenger().send(TO_LENA, FakeMeta.pageCredentials());
        }
        meta.messenger().registerWebhook(
                new WebhookRegistration(MessagingFixtures.WEBHOOK_URL, null),
                FakeMeta.pageCredentials());
        meta.instagram().send(TO_LENA, FakeMeta.instagramCredentials());
        new MessengerAdapter(FakeMeta.unreachableApi()).send(TO_LENA, FakeMeta.pageCredentials());

        assertThat(lines.list).hasSizeGreaterThanOrEqualTo(7);
        assertThat(everythingLogged())
                .doesNotContain(FakeMeta.PAGE_TOKEN)
                .doesNotContain(FakeMeta.INSTAGRAM_TOKEN)
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
