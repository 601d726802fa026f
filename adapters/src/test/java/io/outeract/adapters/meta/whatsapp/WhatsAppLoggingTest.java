package io.outeract.adapters.meta.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.outeract.adapters.MediaUpload;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.WebhookRegistration;
import io.outeract.contract.outbound.MediaReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logs name the numbers and messages concerned, never the access token nor what was said. */
class WhatsAppLoggingTest {

    private static final String TEXT = "Your order #1482 is ready for pickup at the north door.";
    private static final String CAPTION = "Receipt for order #1482";

    private final Logger adapterLogs = (Logger) LoggerFactory.getLogger("io.outeract.adapters");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final FakeWhatsApp whatsApp = new FakeWhatsApp();
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

        assertThat(everythingLogged())
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
