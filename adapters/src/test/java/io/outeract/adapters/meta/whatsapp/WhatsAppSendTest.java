package io.outeract.adapters.meta.whatsapp;

import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static io.outeract.adapters.SendErrorCodes.OUTCOME_UNKNOWN;
import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNREACHABLE;
import static io.outeract.adapters.SendErrorCodes.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.MediaUpload;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendResult;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageTemplate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sending from a business number: the bodies WhatsApp documents, and uploads before media. */
class WhatsAppSendTest {

    private static final String PRIYA = "16175550122";
    private static final String TEXT = "Your order #1482 is ready for pickup at the north door.";
    private static final String MESSAGES_PATH = "/v25.0/118204573395061/messages";
    private static final String UPLOADED_ID = "1730248815590632";
    private static final byte[] RECEIPT =
            "a receipt, as JPEG bytes".getBytes(StandardCharsets.UTF_8);
    private static final Credentials NUMBER = FakeWhatsApp.numberCredentials();

    private final FakeWhatsApp whatsApp = new FakeWhatsApp();
    private final WhatsAppAdapter adapter = whatsApp.adapter();

    @AfterEach
    void stopWhatsApp() throws IOException {
        whatsApp.close();
    }

    @Test
    void postsTheTextToTheNumbersMessagesWithTheAccessToken() {
        whatsApp.answersWithFixture(200, "send-success-response");

        adapter.send(OutgoingMessage.text(PRIYA, TEXT, null), NUMBER);

        RecordedRequest request = whatsApp.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo(MESSAGES_PATH);
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("Bearer " + FakeWhatsApp.ACCESS_TOKEN);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(FakeWhatsApp.jsonOf(request))
                .isEqualTo(WhatsAppFixtures.json("send-text-request"));
    }

    @Test
    void namesTheSentMessageByTheWamidWhatsAppGaveIt() {
        whatsApp.answersWithFixture(200, "send-success-response");

        SendResult result = adapter.send(OutgoingMessage.text(PRIYA, TEXT, null), NUMBER);

        assertThat(result).isEqualTo(new SendResult.Sent(WhatsAppFixtures
                .meta("send-success-response").path("expected").path("external_message_id")
                .asText()));
    }

    @Test
    void quotesTheMessageItRepliesTo() {
        whatsApp.answersWithFixture(200, "send-success-response");

        adapter.send(OutgoingMessage.text(PRIYA, TEXT, "wamid.HBgLMTYxNzU1NTAxMjIVAgASGBQ"),
                NUMBER);

        ObjectNode expected = (ObjectNode) WhatsAppFixtures.json("send-text-request");
        expected.putObject("context").put("message_id", "wamid.HBgLMTYxNzU1NTAxMjIVAgASGBQ");
        assertThat(FakeWhatsApp.jsonOf(whatsApp.request())).isEqualTo(expected);
    }

    @Test
    void uploadsAStoredFileThenSendsItByTheMediaIdWhatsAppGaveIt() {
        whatsApp.answers(200, "{\"id\":\"" + UPLOADED_ID + "\"}");
        whatsApp.answersWithFixture(200, "send-success-response");

        SendResult result = adapter.send(receiptToUpload(), NUMBER);

        RecordedRequest upload = whatsApp.request();
        assertThat(upload.getPath()).isEqualTo("/v25.0/118204573395061/media");
        assertThat(upload.getHeader("Authorization"))
                .isEqualTo("Bearer " + FakeWhatsApp.ACCESS_TOKEN);
        assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data");
        String parts = upload.getBody().readUtf8();
        assertThat(parts).containsPattern("name=\"messaging_product\"[^w]*whatsapp")
                .containsPattern("name=\"type\"[^i]*image/jpeg")
                .contains("name=\"file\"; filename=\"receipt-1482.jpg\"")
                .contains(new String(RECEIPT, StandardCharsets.UTF_8));
        RecordedRequest send = whatsApp.request();
        assertThat(send.getPath()).isEqualTo(MESSAGES_PATH);
        assertThat(FakeWhatsApp.jsonOf(send))
                .isEqualTo(WhatsAppFixtures.json("send-image-request"));
        assertThat(result).isInstanceOf(SendResult.Sent.class);
    }

    @Test
    void sendsNothingWhenWhatsAppRefusesTheUpload() {
        whatsApp.answers(401, """
                {"error":{"message":"Error validating access token","type":"OAuthException",\
                "code":190,"fbtrace_id":"AXb1"}}""");

        SendResult result = adapter.send(receiptToUpload(), NUMBER);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(UNAUTHORIZED));
        assertThat(whatsApp.requestCount()).isEqualTo(1);
    }

    @Test
    void retriesLaterWhenTheConnectionDropsDuringTheUploadAsNothingWasSentYet() {
        whatsApp.answers(new MockResponse()
                .setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        SendResult result = adapter.send(receiptToUpload(), NUMBER);

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class,
                retry -> assertThat(retry.error().code()).isEqualTo(PLATFORM_UNREACHABLE));
        assertThat(whatsApp.requestCount()).isEqualTo(1);
    }

    @Test
    void retriesLaterWhenWhatsAppTakesTheUploadButNamesNoMedia() {
        whatsApp.answers(200, "{}");

        SendResult result = adapter.send(receiptToUpload(), NUMBER);

        assertThat(result).isInstanceOf(SendResult.RetryLater.class);
        assertThat(whatsApp.requestCount()).isEqualTo(1);
    }

    @Test
    void sendsMediaByItsLinkWithTheTextAsItsCaption() {
        whatsApp.answersWithFixture(200, "send-success-response");
        MediaReference cake = new MediaReference("image",
                "https://cdn.example.com/cakes/0314.jpg", null, null, null);

        adapter.send(new OutgoingMessage(PRIYA, "The cake, as promised", null, cake, null, null),
                NUMBER);

        assertThat(FakeWhatsApp.jsonOf(whatsApp.request()).get("image")).isEqualTo(json("""
                {"link":"https://cdn.example.com/cakes/0314.jpg",\
                "caption":"The cake, as promised"}"""));
    }

    @Test
    void sendsADocumentUnderItsFileName() {
        whatsApp.answersWithFixture(200, "send-success-response");
        MediaReference invoice = new MediaReference("document",
                "https://cdn.example.com/invoices/0314.pdf", null, null, "invoice-0314.pdf");

        adapter.send(new OutgoingMessage(PRIYA, null, null, invoice, null, null), NUMBER);

        JsonNode body = FakeWhatsApp.jsonOf(whatsApp.request());
        assertThat(body.get("type").asText()).isEqualTo("document");
        assertThat(body.get("document")).isEqualTo(json("""
                {"link":"https://cdn.example.com/invoices/0314.pdf",\
                "filename":"invoice-0314.pdf"}"""));
    }

    @Test
    void sendsATemplateWithItsLanguageAndComponents() {
        whatsApp.answersWithFixture(200, "send-success-response");
        String components = """
                [{"type":"body","parameters":[{"type":"text","text":"#1482"}]}]""";
        MessageTemplate ready = new MessageTemplate("order_ready", "en_US", components);

        adapter.send(new OutgoingMessage(PRIYA, null, null, null, ready, null), NUMBER);

        assertThat(FakeWhatsApp.jsonOf(whatsApp.request())).isEqualTo(json("""
                {"messaging_product":"whatsapp","recipient_type":"individual",\
                "to":"16175550122","type":"template","template":{"name":"order_ready",\
                "language":{"code":"en_US"},"components":%s}}""".formatted(components)));
    }

    @Test
    void failsWithoutCallingWhatsAppWhenTheTemplatesComponentsAreNoArray() {
        MessageTemplate broken = new MessageTemplate("order_ready", "en_US", "{\"type\":1}");

        SendResult result = adapter.send(
                new OutgoingMessage(PRIYA, null, null, null, broken, null), NUMBER);

        assertInvalidWithoutCall(result, "components");
    }

    @Test
    void sendsATextOf4096CharactersCountingAnEmojiOnce() {
        whatsApp.answersWithFixture(200, "send-success-response");
        String longest = "\uD83C\uDF5E".repeat(4096);

        SendResult result = adapter.send(OutgoingMessage.text(PRIYA, longest, null), NUMBER);

        assertThat(result).isInstanceOf(SendResult.Sent.class);
    }

    @Test
    void failsWithoutCallingWhatsAppWhenTheTextIsLongerThan4096Characters() {
        SendResult result = adapter.send(OutgoingMessage.text(PRIYA, "a".repeat(4097), null),
                NUMBER);

        assertInvalidWithoutCall(result, "4096");
    }

    @Test
    void failsWithoutCallingWhatsAppWhenAStickerCarriesACaption() {
        MediaReference sticker = new MediaReference("sticker",
                "https://cdn.example.com/stickers/bread.webp", null, "Fresh!", null);

        SendResult result = adapter.send(
                new OutgoingMessage(PRIYA, null, null, sticker, null, null), NUMBER);

        assertInvalidWithoutCall(result, "caption");
    }

    @Test
    void failsWithoutCallingWhatsAppWhenAStoredFileWasNotHandedOver() {
        MediaReference stored = new MediaReference("image", null, "file-7781", null, null);

        SendResult result = adapter.send(
                new OutgoingMessage(PRIYA, null, null, stored, null, null), NUMBER);

        assertInvalidWithoutCall(result, "upload");
    }

    @Test
    void failsWithoutCallingWhatsAppWhenTheStoredFileHasNoMediaType() {
        OutgoingMessage receipt = receiptToUpload();
        MediaUpload untyped = new MediaUpload("receipt-1482", null, RECEIPT.length,
                () -> new ByteArrayInputStream(RECEIPT));

        SendResult result = adapter.send(new OutgoingMessage(PRIYA, null, null,
                receipt.media(), null, untyped), NUMBER);

        assertInvalidWithoutCall(result, "media type");
    }

    @Test
    void failsWithoutCallingWhatsAppWhenThereIsNothingToSend() {
        SendResult result = adapter.send(OutgoingMessage.text(PRIYA, " ", null), NUMBER);

        assertInvalidWithoutCall(result, "a text, a media item or a template");
    }

    @Test
    void failsWithoutCallingWhatsAppWhenTheConnectionHasNoToken() {
        Credentials numberOnly = new Credentials(Map.of(
                WhatsAppCredentials.PHONE_NUMBER_ID, WhatsAppFixtures.PHONE_NUMBER_ID));

        SendResult result = adapter.send(OutgoingMessage.text(PRIYA, TEXT, null), numberOnly);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(UNAUTHORIZED));
        assertThat(whatsApp.requestCount()).isZero();
    }

    @Test
    void doesNotSendAgainWhenWhatsAppAcceptsButNamesNoMessage() {
        whatsApp.answers(200, "{\"messaging_product\":\"whatsapp\",\"messages\":[]}");

        SendResult result = adapter.send(OutgoingMessage.text(PRIYA, TEXT, null), NUMBER);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(OUTCOME_UNKNOWN));
    }

    private static OutgoingMessage receiptToUpload() {
        MediaReference receipt =
                new MediaReference("image", null, "file-7781", "Receipt attached", null);
        MediaUpload upload = new MediaUpload("receipt-1482.jpg", "image/jpeg", RECEIPT.length,
                () -> new ByteArrayInputStream(RECEIPT));
        return new OutgoingMessage(PRIYA, null, null, receipt, null, upload);
    }

    private void assertInvalidWithoutCall(SendResult result, String reason) {
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(INVALID_REQUEST);
            assertThat(failed.error().description()).contains(reason);
        });
        assertThat(whatsApp.requestCount()).isZero();
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
