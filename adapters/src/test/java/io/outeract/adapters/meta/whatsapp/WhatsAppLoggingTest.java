package io.outeract.adapters.meta.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.adapters.MediaUpload;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.WebhookRegistration;
import io.outeract.adapters.testing.CapturedLogs;
import io.outeract.contract.outbound.MediaReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Logs name the numbers and messages concerned, never the access token nor what was said. */
class WhatsAppLoggingTest {

    private static final String TEXT = "Your order #1482 is ready for pickup at the north door.";
    private static final String CAPTION = "Receipt for order #1482";

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs("io.outeract.adapters");

    private final FakeWhatsApp whatsApp = new FakeWhatsApp();

    @AfterEach
    void stopTheFake() throws IOException {
        whatsApp.close();
    }

    @Test
    void logsTheIdsThatMatterAndNoTokenNorTextWhateverWhatsAppAnswers() {
        WhatsAppAdapter adapter = whatsApp.adapter();
        whatsApp.answersWithFixture(200, "send-success-response");
        whatsApp.answersWithFixture(400, "send-error-rate-limited");
        whatsApp.answersWithFixture(400, "send-error-reengagement-window");
        whatsApp.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        whatsApp.answers(200, "{\"id\":\"1730248815590632\"}");
        whatsApp.answersWithFixture(200, "send-success-response");
        whatsApp.answersWithFixture(200, "subscribed-apps-response");

        for (int send = 0; send < 4; send++) {
            adapter.send(OutgoingMessage.text("16175550122", TEXT, null),
                    FakeWhatsApp.numberCredentials());
        }
        adapter.send(receipt(), FakeWhatsApp.numberCredentials());
        adapter.registerWebhook(new WebhookRegistration(WhatsAppFixtures.WEBHOOK_URL, null),
                FakeWhatsApp.numberCredentials());
        FakeWhatsApp.unreachableAdapter().send(OutgoingMessage.text("16175550122", TEXT, null),
                FakeWhatsApp.numberCredentials());

        assertThat(logs.everything())
                .contains(WhatsAppFixtures.PHONE_NUMBER_ID, WhatsAppFixtures.WABA_ID,
                        WhatsAppFixtures.json("send-success-response").path("messages").path(0)
                                .path("id").asText())
                .doesNotContain(FakeWhatsApp.ACCESS_TOKEN)
                .doesNotContain(TEXT)
                .doesNotContain(CAPTION);
    }

    private static OutgoingMessage receipt() {
        byte[] bytes = {1, 2, 3};
        return new OutgoingMessage("16175550122", null, null,
                new MediaReference("image", null, "file-7781", CAPTION, null), null,
                new MediaUpload("receipt.jpg", "image/jpeg", bytes.length,
                        () -> new ByteArrayInputStream(bytes)));
    }
}
