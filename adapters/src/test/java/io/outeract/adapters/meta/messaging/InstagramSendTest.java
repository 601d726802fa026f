package io.outeract.adapters.meta.messaging;

import static io.outeract.adapters.SendErrorCodes.INVALID_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendResult;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.MediaReference;
import java.io.IOException;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sending a direct message as an Instagram professional account, with the Instagram Login
 * token, to the account's messages edge.
 */
class InstagramSendTest {

    private static final MessagingFixtures FIXTURES = MessagingFixtures.INSTAGRAM;
    private static final String CUSTOMER = "1180226157355226";
    private static final String TEXT = "Yes, we ship to Canada - 5 to 8 business days.";
    private static final Credentials ACCOUNT = FakeMeta.instagramCredentials();

    private final FakeMeta meta = new FakeMeta();
    private final InstagramAdapter adapter = meta.instagram();

    @AfterEach
    void stopMeta() throws IOException {
        meta.close();
    }

    @Test
    void postsTheTextToTheAccountsMessagesWithTheInstagramToken() {
        meta.answers(200, FIXTURES.text("send-success-response"));

        adapter.send(OutgoingMessage.text(CUSTOMER, TEXT, null), ACCOUNT);

        RecordedRequest request = meta.request();
        assertThat(request.getPath())
                .isEqualTo("/v25.0/" + MessagingFixtures.INSTAGRAM_ACCOUNT_ID + "/messages");
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("Bearer " + FakeMeta.INSTAGRAM_TOKEN);
        assertThat(FakeMeta.jsonOf(request)).isEqualTo(FIXTURES.json("send-text-request"));
    }

    @Test
    void namesTheSentMessageByTheMidMetaGaveIt() {
        meta.answers(200, FIXTURES.text("send-success-response"));

        SendResult result = adapter.send(OutgoingMessage.text(CUSTOMER, TEXT, null), ACCOUNT);

        assertThat(result).isEqualTo(new SendResult.Sent(FIXTURES.meta("send-success-response")
                .path("expected").path("external_message_id").asText()));
    }

    @Test
    void postsAnImageByItsUrlAlone() {
        meta.answers(200, FIXTURES.text("send-success-response"));
        MediaReference mug = new MediaReference(
                "image", "https://cdn.example.com/mugs/blue.jpg", null, null, null);

        adapter.send(new OutgoingMessage(CUSTOMER, null, null, mug, null, null), ACCOUNT);

        assertThat(FakeMeta.jsonOf(meta.request())).isEqualTo(json("""
                {"recipient":{"id":"1180226157355226"},"message":{"attachment":\
                {"type":"image","payload":{"url":"https://cdn.example.com/mugs/blue.jpg"}}}}"""));
    }

    @Test
    void refusesATextOfMoreThan1000BytesEvenOfFewerCharacters() {
        String emoji = "\uD83D\uDE0D".repeat(251);

        SendResult result = adapter.send(OutgoingMessage.text(CUSTOMER, emoji, null), ACCOUNT);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(INVALID_REQUEST);
            assertThat(failed.error().description()).contains("1000 bytes of UTF-8");
        });
        assertThat(meta.requestCount()).isZero();
    }

    @Test
    void failsWithoutCallingMetaWhenTheConnectionHasOnlyAPageToken() {
        Credentials pageOnly = FakeMeta.pageCredentials();

        SendResult result = adapter.send(OutgoingMessage.text(CUSTOMER, TEXT, null), pageOnly);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed ->
                assertThat(failed.error().description())
                        .contains(MessagingCredentials.INSTAGRAM_ACCESS_TOKEN));
        assertThat(meta.requestCount()).isZero();
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
