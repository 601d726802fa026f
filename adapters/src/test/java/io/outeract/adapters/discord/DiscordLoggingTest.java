package io.outeract.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.testing.CapturedLogs;
import java.io.IOException;
import java.time.Clock;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bot token and message texts are never logged, whatever Discord does. */
class DiscordLoggingTest {

    private static final String TEXT = "Ticket TCK-4822 is closed, thanks for reporting it.";
    private static final OutgoingMessage TO_CHANNEL =
            OutgoingMessage.text("1108454437556453385", TEXT, null);

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs("io.outeract.adapters");

    private final FakeDiscord platform = new FakeDiscord();

    @AfterEach
    void stopTheFake() throws IOException {
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

        assertThat(logs.lines()).isNotEmpty();
        assertThat(logs.everything())
                .doesNotContain(DiscordFixtures.BOT_TOKEN)
                .doesNotContain(TEXT);
    }
}
