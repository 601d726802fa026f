package io.outeract.adapters.meta.messaging;

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

/** Page and Instagram tokens and message texts are never logged, whatever Meta answers. */
class MessagingLoggingTest {

    private static final String TEXT = "Thanks Lena! We have size M in stock.";
    private static final OutgoingMessage TO_LENA =
            OutgoingMessage.text("7423918856102237", TEXT, null);

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs("io.outeract.adapters");

    private final FakeMeta meta = new FakeMeta();

    @AfterEach
    void stopTheFake() throws IOException {
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

        assertThat(logs.lines()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(logs.everything())
                .doesNotContain(FakeMeta.PAGE_TOKEN)
                .doesNotContain(FakeMeta.INSTAGRAM_TOKEN)
                .doesNotContain(TEXT);
    }
}
