package io.outeract.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.testing.CapturedLogs;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The auth token and message texts are never logged, whatever Twilio does. */
class SmsLoggingTest {

    private static final String TEXT = "Your order #5521 is ready for pickup until 6pm.";
    private static final OutgoingMessage TO_CUSTOMER =
            OutgoingMessage.text("+15555550178", TEXT, null);

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs("io.outeract.adapters");

    private final FakeTwilio platform = new FakeTwilio();

    @AfterEach
    void stopTheFake() throws IOException {
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

        assertThat(logs.lines()).isNotEmpty();
        assertThat(logs.everything())
                .doesNotContain(SmsFixtures.AUTH_TOKEN)
                .doesNotContain(TEXT);
    }
}
