package io.outeract.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.OutgoingMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The bot token, the signing secret and message texts are never logged, whatever Slack does. */
class SlackLoggingTest {

    private static final String TEXT = "The invoice export is fixed; please check row 12.";
    private static final OutgoingMessage TO_CHANNEL =
            OutgoingMessage.text("C07MJ4N2P8Q", TEXT, null);

    private final Logger adapterLogs = (Logger) LoggerFactory.getLogger("io.outeract.adapters");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final FakeSlack platform = new FakeSlack();
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
        platform.close();
    }

    @Test
    void logsNoSecretAndNoTextWhateverSlackAnswers() {
        SlackAdapter adapter = platform.adapter();
        platform.answersWithFixture("send-success-response");
        platform.answersWithFixture("send-error-ratelimited");
        platform.answersWithFixture("send-error-invalid-auth");
        platform.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        platform.answers(500, "{\"ok\":false,\"error\":\"internal_error\"}");

        for (int send = 0; send < 5; send++) {
            adapter.send(TO_CHANNEL, FakeSlack.botCredentials());
        }
        new SlackAdapter(FakeSlack.unreachableApi(), new ObjectMapper())
                .send(TO_CHANNEL, FakeSlack.botCredentials());

        assertThat(lines.list).isNotEmpty();
        assertThat(everythingLogged())
                .doesNotContain(SlackFixtures.BOT_TOKEN)
                .doesNotContain(SlackFixtures.SIGNING_SECRET)
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
