package io.outeract.adapters.meta.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.MediaDownload;
import io.outeract.adapters.MediaDownloadException;
import io.outeract.contract.common.Attachment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Downloading a media item: its URL asked for by media id, its bytes fetched with the same
 * token and checked against both of WhatsApp's checksums.
 */
class WhatsAppMediaDownloadTest {

    private static final String MEDIA_ID = "1730248815590632";
    private static final String MEDIA_PATH = "/whatsapp_business/attachments/?mid=" + MEDIA_ID;
    private static final byte[] PHOTO =
            "the rye sourdough, photographed".getBytes(StandardCharsets.UTF_8);

    private final FakeWhatsApp whatsApp = new FakeWhatsApp();
    private final WhatsAppAdapter adapter = whatsApp.adapter();
    private final ByteArrayOutputStream into = new ByteArrayOutputStream();

    @AfterEach
    void stopWhatsApp() throws IOException {
        whatsApp.close();
    }

    @Test
    void asksForTheMediaUrlThenFetchesTheBytesWithTheSameToken() throws Exception {
        whatsApp.answers(200, mediaUrlAnswer(sha256Hex(PHOTO)));
        whatsApp.answers(new MockResponse().setResponseCode(200)
                .setHeader("Content-Type", "image/jpeg").setBody(new Buffer().write(PHOTO)));

        MediaDownload download = adapter.downloadMedia(photo(sha256Base64(PHOTO)),
                FakeWhatsApp.numberCredentials(), into);

        RecordedRequest lookUp = whatsApp.request();
        assertThat(lookUp.getRequestUrl().encodedPath()).isEqualTo("/v25.0/" + MEDIA_ID);
        assertThat(lookUp.getRequestUrl().queryParameter("phone_number_id"))
                .isEqualTo(WhatsAppFixtures.PHONE_NUMBER_ID);
        assertThat(lookUp.getHeader("Authorization"))
                .isEqualTo("Bearer " + FakeWhatsApp.ACCESS_TOKEN);
        RecordedRequest fetch = whatsApp.request();
        assertThat(fetch.getPath()).isEqualTo(MEDIA_PATH);
        assertThat(fetch.getHeader("Authorization"))
                .isEqualTo("Bearer " + FakeWhatsApp.ACCESS_TOKEN);
        assertThat(into.toByteArray()).isEqualTo(PHOTO);
        assertThat(download).isEqualTo(new MediaDownload(
                WhatsAppFixtures.meta("media-url-response").path("expected").path("mime_type")
                        .asText(),
                PHOTO.length));
    }

    @Test
    void downloadsMediaWhoseWebhookGaveNoChecksum() throws Exception {
        whatsApp.answers(200, mediaUrlAnswer(sha256Hex(PHOTO)));
        whatsApp.answers(new MockResponse().setBody(new Buffer().write(PHOTO)));

        adapter.downloadMedia(photo(null), FakeWhatsApp.numberCredentials(), into);

        assertThat(into.toByteArray()).isEqualTo(PHOTO);
    }

    @Test
    void refusesForGoodBytesThatDoNotMatchTheApisChecksum() {
        // The fixture's checksum is of another file than these bytes.
        whatsApp.answers(200, mediaUrlAnswer(
                WhatsAppFixtures.json("media-url-response").path("sha256").asText()));
        whatsApp.answers(new MockResponse().setBody(new Buffer().write(PHOTO)));

        assertNeverRetried(() -> adapter.downloadMedia(photo(null),
                FakeWhatsApp.numberCredentials(), into), "do not match");
    }

    @Test
    void refusesForGoodBytesThatDoNotMatchTheWebhooksChecksum() {
        whatsApp.answers(200, mediaUrlAnswer(sha256Hex(PHOTO)));
        whatsApp.answers(new MockResponse().setBody(new Buffer().write(PHOTO)));
        String otherFile = sha256Base64("another photo".getBytes(StandardCharsets.UTF_8));

        assertNeverRetried(() -> adapter.downloadMedia(photo(otherFile),
                FakeWhatsApp.numberCredentials(), into), "do not match");
    }

    @Test
    void refusesForGoodAMediaIdWhatsAppNoLongerKnows() {
        whatsApp.answers(404, """
                {"error":{"message":"Unsupported get request. Object with ID '1730248815590632' \
                does not exist","type":"GraphMethodException","code":100,"error_subcode":33,\
                "fbtrace_id":"AXf6"}}""");

        assertNeverRetried(() -> adapter.downloadMedia(photo(null),
                FakeWhatsApp.numberCredentials(), into), "expired");
        assertThat(whatsApp.requestCount()).isEqualTo(1);
    }

    @Test
    void refusesForGoodABadRequestForTheMedia() {
        whatsApp.answers(400, "{\"error\":{\"message\":\"Invalid media id\",\"code\":100}}");

        assertNeverRetried(() -> adapter.downloadMedia(photo(null),
                FakeWhatsApp.numberCredentials(), into), "Invalid media id");
    }

    @Test
    void refusesForGoodMediaLargerThanTheLimitBeforeFetchingIt() {
        ObjectNode answer = mediaUrlAnswerJson(sha256Hex(PHOTO));
        answer.put("file_size", String.valueOf(FakeWhatsApp.MAX_MEDIA_BYTES + 1));
        whatsApp.answers(200, answer.toString());

        assertNeverRetried(() -> adapter.downloadMedia(photo(null),
                FakeWhatsApp.numberCredentials(), into), "larger than");
        assertThat(whatsApp.requestCount()).isEqualTo(1);
    }

    @Test
    void refusesForGoodMediaThatTurnsOutLargerThanTheLimit() {
        ObjectNode answer = mediaUrlAnswerJson(null);
        answer.remove("file_size");
        whatsApp.answers(200, answer.toString());
        whatsApp.answers(new MockResponse().setBody(
                new Buffer().write(new byte[(int) FakeWhatsApp.MAX_MEDIA_BYTES + 1])));

        assertNeverRetried(() -> adapter.downloadMedia(photo(null),
                FakeWhatsApp.numberCredentials(), into), "larger than");
    }

    @Test
    void triesAgainLaterWhenWhatsAppFailsToNameTheMedia() {
        whatsApp.answers(500, "{\"error\":{\"message\":\"Service unavailable\",\"code\":2}}");

        assertRetriedLater(() -> adapter.downloadMedia(photo(null),
                FakeWhatsApp.numberCredentials(), into));
    }

    @Test
    void triesAgainLaterWhenTheBytesCannotBeFetched() {
        whatsApp.answers(200, mediaUrlAnswer(sha256Hex(PHOTO)));
        whatsApp.answers(new MockResponse().setResponseCode(503));

        assertRetriedLater(() -> adapter.downloadMedia(photo(null),
                FakeWhatsApp.numberCredentials(), into));
    }

    @Test
    void triesAgainLaterWhenWhatsAppCannotBeReached() {
        assertRetriedLater(() -> FakeWhatsApp.unreachableAdapter().downloadMedia(photo(null),
                FakeWhatsApp.numberCredentials(), into));
    }

    @Test
    void downloadsOnlyAttachmentsThatNameAMediaId() {
        assertThat(adapter.canDownload(photo(null))).isTrue();
        assertThat(adapter.canDownload(new Attachment("image", null, "image/jpeg", null, null)))
                .isFalse();
    }

    private interface Download {
        void run() throws MediaDownloadException;
    }

    private static void assertNeverRetried(Download download, String reason) {
        assertThatThrownBy(download::run)
                .isInstanceOfSatisfying(MediaDownloadException.class,
                        failure -> assertThat(failure.retryable()).isFalse())
                .hasMessageContaining(reason)
                .hasMessageNotContaining(FakeWhatsApp.ACCESS_TOKEN);
    }

    private static void assertRetriedLater(Download download) {
        assertThatThrownBy(download::run)
                .isInstanceOfSatisfying(MediaDownloadException.class,
                        failure -> assertThat(failure.retryable()).isTrue())
                .hasMessageNotContaining(FakeWhatsApp.ACCESS_TOKEN);
    }

    private static Attachment photo(String webhookSha256) {
        return new Attachment("image", MEDIA_ID, "image/jpeg", null, null, null, webhookSha256);
    }

    /**
     * The fixture's answer, about these bytes and pointing at this fake instead of Meta's media
     * host.
     */
    private String mediaUrlAnswer(String sha256Hex) {
        return mediaUrlAnswerJson(sha256Hex).toString();
    }

    private ObjectNode mediaUrlAnswerJson(String sha256Hex) {
        ObjectNode answer = (ObjectNode) WhatsAppFixtures.json("media-url-response");
        answer.put("url", whatsApp.url(MEDIA_PATH));
        answer.put("file_size", PHOTO.length);
        if (sha256Hex == null) {
            answer.remove("sha256");
        } else {
            answer.put("sha256", sha256Hex);
        }
        return answer;
    }

    private static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    private static String sha256Base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(sha256(bytes));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
