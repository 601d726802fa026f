package io.outeract.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
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

/** The auth token and message texts are never logged, whatever Twilio does. */
class SmsLoggingTest {

    private static final String TEXT = "Your order #5521 is ready for pickup until 6pm.";
    private static final OutgoingMessage TO_CUSTOMER =
            OutgoingMessage.text("+15555550178", TEXT, null);

    private final Logger adapterLogs = (Logger) LoggerFactory.getLogger("io.outeract.adapters");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final FakeTwilio platform = new FakeTwilio();
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
    void logsNoSecretAndNoTextWhateverTwilioAnswers() {
        SmsAdapter adapter = platform.adapter();
        platform.answersWithFixture("send-success-response");
        platform.answersWithFixture("send-error-20429");
        platform.answersWithFixture("send-error-20003");
        platform.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        platform.answers(500, "{\"code\":20500,\"message\":\"Internal\",\"status\":500}");

        for (int send = 0; send < 5; send++) {
            adapter.send(TO_CUSTOMER, FakeTwilio.numberCredentials());
        }
        FakeTwilio.unreachableAdapter().send(TO_CUSTOMER, FakeTwilio.numberCredentials());

        assertThat(lines.list).isNotEmpty();
        assertThat(everythingLogged())
                .doesNotContain(SmsFixtures.AUTH_TOKEN)
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
