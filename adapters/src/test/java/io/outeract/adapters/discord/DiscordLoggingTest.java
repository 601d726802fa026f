package io.outeract.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.outeract.adapters.OutgoingMessage;
import java.time.Clock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The bot token and message texts are never logged, whatever Discord does. */
class DiscordLoggingTest {

    private static final String TEXT = "Ticket TCK-4822 is closed, thanks for reporting it.";
    private static final OutgoingMessage TO_CHANNEL =
            OutgoingMessage.text("1108454437556453385", TEXT, null);

    private final Logger adapterLogs = (Logger) LoggerFactory.getLogger("io.outeract.adapters");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final FakeDiscord platform = new FakeDiscord();
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
    void logsNoSecretAndNoTextWhateverDiscordAnswers() {
        DiscordAdapter adapter = platform.adapter(Clock.systemUTC());
        platform.answersWithFixture("send-success-response");
        platform.answersWithFixture("send-error-missing-access");
        platform.answersWithFixture("send-error-unauthorized");
        platform.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        platform.answersWithFixture("send-error-ratelimited");

        for (int send = 0; send < 6; send++) {
            adapter.send(TO_CHANNEL, FakeDiscord.botCredentials());
        }
        FakeDiscord.unreachableAdapter().send(TO_CHANNEL, FakeDiscord.botCredentials());

        assertThat(lines.list).isNotEmpty();
        assertThat(everythingLogged())
                .doesNotContain(DiscordFixtures.BOT_TOKEN)
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
