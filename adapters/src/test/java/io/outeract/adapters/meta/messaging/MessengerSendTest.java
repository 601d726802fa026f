package io.outeract.adapters.meta.messaging;

import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.RATE_LIMITED;
import static io.outeract.adapters.SendErrorCodes.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.MediaUpload;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendResult;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageTemplate;
import io.outeract.contract.outbound.SendError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sending to a person through the Send API of a Page, and what each of Meta's answers means. */
class MessengerSendTest {

    private static final MessagingFixtures FIXTURES = MessagingFixtures.MESSENGER;
    private static final String LENA = "7423918856102237";
    private static final String TEXT = "Thanks Lena! We have size M in stock.";
    private static final OutgoingMessage TO_LENA = OutgoingMessage.text(LENA, TEXT, null);
    private static final Credentials PAGE = FakeMeta.pageCredentials();
    private static final MediaReference RECEIPT = new MediaReference(
            "image", "https://cdn.example.com/receipts/r-1482.png", null, null, null);

    private final FakeMeta meta = new FakeMeta();
    private final MessengerAdapter adapter = meta.messenger();

    @AfterEach
    void stopMeta() throws IOException {
        meta.close();
    }

    @Test
    void postsTheTextToThePagesMessagesWithThePageToken() {
        meta.answers(200, FIXTURES.text("send-success-response"));

        adapter.send(TO_LENA, PAGE);

        RecordedRequest request = meta.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath())
                .isEqualTo("/v25.0/" + MessagingFixtures.PAGE_ID + "/messages");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + FakeMeta.PAGE_TOKEN);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        // The fixture also carries metadata, an outbox reference OutgoingMessage does not have.
        ObjectNode expected = (ObjectNode) FIXTURES.json("send-text-request");
        ((ObjectNode) expected.path("message")).remove("metadata");
        assertThat(FakeMeta.jsonOf(request)).isEqualTo(expected);
    }

    @Test
    void postsAnImageByItsUrlForMetaToKeep() {
        meta.answers(200, FIXTURES.text("send-success-response"));

        adapter.send(new OutgoingMessage(LENA, null, null, RECEIPT, null, null), PAGE);

        assertThat(FakeMeta.jsonOf(meta.request()))
                .isEqualTo(FIXTURES.json("send-attachment-request"));
    }

    @Test
    void sendsADocumentAsAFile() {
        meta.answers(200, FIXTURES.text("send-success-response"));
        MediaReference invoice = new MediaReference(
                "document", "https://cdn.example.com/invoices/i-77.pdf", null, null, null);

        adapter.send(new OutgoingMessage(LENA, null, null, invoice, null, null), PAGE);

        assertThat(FakeMeta.jsonOf(meta.request()).path("message").path("attachment")
                .path("type").asText()).isEqualTo("file");
    }

    @Test
    void namesTheSentMessageByTheMidMetaGaveIt() {
        meta.answers(200, FIXTURES.text("send-success-response"));

        SendResult result = adapter.send(TO_LENA, PAGE);

        assertThat(result).isEqualTo(new SendResult.Sent(FIXTURES.meta("send-success-response")
                .path("expected").path("external_message_id").asText()));
    }

    @Test
    void doesNotSendAgainWhenMetaAcceptsButNamesNoMessage() {
        meta.answers(200, "{\"recipient_id\":\"" + LENA + "\"}");

        assertOutcomeUnknown(adapter.send(TO_LENA, PAGE));
    }

    @Test
    void doesNotSendAgainWhenMetaAcceptsWithAnAnswerThatIsNoJson() {
        meta.answers(new MockResponse().setResponseCode(200).setBody("<html>ok</html>"));

        assertOutcomeUnknown(adapter.send(TO_LENA, PAGE));
    }

    @Test
    void givesUpWhenMetaRejectsThePageToken() {
        meta.answers(400, """
                {"error":{"message":"Error validating access token: Session has expired",\
                "type":"OAuthException","code":190,"error_subcode":463}}""");

        SendResult result = adapter.send(TO_LENA, PAGE);

        assertThat(result).isEqualTo(new SendResult.Failed(new SendError(UNAUTHORIZED, "190/463",
                "Meta rejected the access token. Meta: Error validating access token: "
                        + "Session has expired")));
    }

    @Test
    void retriesLaterAfterMetasUnexpectedError() {
        meta.answers(500, """
                {"error":{"message":"An unexpected error has occurred.","code":2}}""");

        SendResult result = adapter.send(TO_LENA, PAGE);

        assertThat(result).isEqualTo(new SendResult.RetryLater(new SendError(
                PLATFORM_UNAVAILABLE, "2", "An unexpected error has occurred."), null));
    }

    @Test
    void retriesLaterWhenTheSendTimedOutAtMeta() {
        meta.answers(400, """
                {"error":{"message":"(#1200) Temporary send message failure.","code":1200}}""");

        SendResult result = adapter.send(TO_LENA, PAGE);

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, retry ->
                assertThat(retry.error().code()).isEqualTo(PLATFORM_UNAVAILABLE));
    }

    @Test
    void doesNotSendAgainWhenMetaSaysItsReplyWasInvalid() {
        meta.answers(500, """
                {"error":{"message":"Received invalid JSON reply.","code":1,\
                "error_subcode":1357046}}""");

        assertOutcomeUnknown(adapter.send(TO_LENA, PAGE));
    }

    @Test
    void waitsAsLongAsAnHttp429AsksWhenItNamesNoCode() {
        meta.answers(new MockResponse().setResponseCode(429).setHeader("Retry-After", "30")
                .setBody("Too Many Requests"));

        SendResult result = adapter.send(TO_LENA, PAGE);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(RATE_LIMITED, "429", "HTTP 429"), Duration.ofSeconds(30)));
    }

    @Test
    void retriesLaterWhenAProxyAnswersForMetaWithoutJson() {
        meta.answers(new MockResponse().setResponseCode(502).setBody("<html>Bad Gateway</html>"));

        SendResult result = adapter.send(TO_LENA, PAGE);

        assertThat(result).isEqualTo(new SendResult.RetryLater(
                new SendError(PLATFORM_UNAVAILABLE, "502", "HTTP 502"), null));
    }

    @Test
    void givesUpInMetasWordsOnAnErrorOuteractDoesNotKnow() {
        meta.answers(400, """
                {"error":{"message":"(#100) Param message[text] must be non-empty UTF-8",\
                "type":"OAuthException","code":100,"fbtrace_id":"Ax1"}}""");

        SendResult result = adapter.send(TO_LENA, PAGE);

        assertThat(result).isEqualTo(new SendResult.Failed(new SendError(INVALID_REQUEST, "100",
                "(#100) Param message[text] must be non-empty UTF-8")));
    }

    @Test
    void retriesLaterWhenMetaCannotBeReached() {
        SendResult result = new MessengerAdapter(FakeMeta.unreachableApi()).send(TO_LENA, PAGE);

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, retry -> {
            assertThat(retry.error().code()).isEqualTo(PLATFORM_UNREACHABLE);
            assertThat(retry.error().description()).startsWith("Messenger could not be reached: ");
        });
    }

    @Test
    void doesNotSendAgainWhenTheConnectionDropsAfterTheRequest() {
        meta.answers(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        meta.answers(200, FIXTURES.text("send-success-response"));

        SendResult result = adapter.send(TO_LENA, PAGE);

        assertOutcomeUnknown(result);
        assertThat(meta.requestCount()).isEqualTo(1);
    }

    @Test
    void doesNotSendAgainWhenTheAnswerComesTooLate() {
        meta.answers(new MockResponse().setResponseCode(200)
                .setBody(FIXTURES.text("send-success-response"))
                .setHeadersDelay(FakeMeta.READ_TIMEOUT.toMillis() * 4, TimeUnit.MILLISECONDS));

        SendResult result = adapter.send(TO_LENA, PAGE);

        assertOutcomeUnknown(result);
        assertThat(meta.requestCount()).isEqualTo(1);
    }

    @Test
    void refusesATemplateWithoutCallingMeta() {
        OutgoingMessage template = new OutgoingMessage(LENA, null, null, null,
                new MessageTemplate("order_update", "en", "[]"), null);

        assertRefusedWithoutCall(adapter.send(template, PAGE), "Templates are WhatsApp's");
    }

    @Test
    void refusesAStoredFileWithoutCallingMeta() {
        MediaReference stored = new MediaReference("image", null, "file-1", null, "r.png");
        MediaUpload upload = new MediaUpload("r.png", "image/png", 3,
                () -> new ByteArrayInputStream(new byte[3]));

        SendResult result = adapter.send(
                new OutgoingMessage(LENA, null, null, stored, null, upload), PAGE);

        assertRefusedWithoutCall(result, "by URL only");
    }

    @Test
    void refusesAnAttachmentWithACaptionRatherThanDropTheText() {
        SendResult result = adapter.send(
                new OutgoingMessage(LENA, "Your receipt", null, RECEIPT, null, null), PAGE);

        assertRefusedWithoutCall(result, "no caption");
    }

    @Test
    void refusesATextLongerThanMessengerTakes() {
        SendResult result = adapter.send(OutgoingMessage.text(LENA, "a".repeat(2001), null),
                PAGE);

        assertRefusedWithoutCall(result, "at most 2000 characters");
    }

    @Test
    void sendsATextOfExactly2000Characters() {
        meta.answers(200, FIXTURES.text("send-success-response"));

        SendResult result = adapter.send(OutgoingMessage.text(LENA, "ä".repeat(2000), null),
                PAGE);

        assertThat(result).isInstanceOf(SendResult.Sent.class);
    }

    @Test
    void failsWithoutCallingMetaWhenTheConnectionHasNoToken() {
        Credentials pageOnly = new Credentials(
                Map.of(MessagingCredentials.PAGE_ID, MessagingFixtures.PAGE_ID));

        SendResult result = adapter.send(TO_LENA, pageOnly);

        assertThat(result).isEqualTo(new SendResult.Failed(new SendError(
                UNAUTHORIZED, null, "The connection has no page_access_token")));
        assertThat(meta.requestCount()).isZero();
    }

    @Test
    void failsWithoutCallingMetaWhenTheConnectionNamesNoPage() {
        Credentials tokenOnly = Credentials.of(
                MessagingCredentials.PAGE_ACCESS_TOKEN, FakeMeta.PAGE_TOKEN);

        assertRefusedWithoutCall(adapter.send(TO_LENA, tokenOnly), "no page_id");
    }

    private void assertRefusedWithoutCall(SendResult result, String reason) {
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(INVALID_REQUEST);
            assertThat(failed.error().description()).contains(reason);
        });
        assertThat(meta.requestCount()).isZero();
    }

    private static void assertOutcomeUnknown(SendResult result) {
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(OUTCOME_UNKNOWN);
            assertThat(failed.error().description()).doesNotContain(FakeMeta.PAGE_TOKEN);
        });
    }
}
