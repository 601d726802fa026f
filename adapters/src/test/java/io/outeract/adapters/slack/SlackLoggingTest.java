package io.outeract.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.testing.CapturedLogs;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bot token, the signing secret and message texts are never logged, whatever Slack does. */
class SlackLoggingTest {

    private static final String TEXT = "The invoice export is fixed; please check row 12.";
    private static final OutgoingMessage TO_CHANNEL =
            OutgoingMessage.text("C07MJ4N2P8Q", TEXT, null);

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs("io.outeract.adapters");

    private final FakeSlack platform = new FakeSlack();

    @AfterEach
    void stopTheFake() throws IOException {
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

        assertThat(logs.lines()).isNotEmpty();
        assertThat(logs.everything())
                .doesNotContain(SlackFixtures.BOT_TOKEN)
                .doesNotContain(SlackFixtures.SIGNING_SECRET)
                .doesNotContain(TEXT);
    }
}
