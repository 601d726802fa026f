package io.outeract.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.WebhookReply;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.inbound.ReceivedMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event fixture, read as Slack sent it and checked against what its meta expects. */
class SlackWebhookFixturesTest {

    static final ConnectionContext CONNECTION =
            new ConnectionContext(UUID.fromString("6f1c2e7a-0000-4000-8000-00000000051a"),
                    SlackFixtures.BOT_USER_ID);
    private static final String HANDSHAKE = "url-verification";

    private final SlackAdapter adapter = FakeSlack.offlineAdapter(
            SlackFixtures.signedAt("message-channel"));

    static List<String> eventFixtures() {
        return SlackFixtures.deliveryNames().stream()
                .filter(name -> !name.equals(HANDSHAKE))
                .toList();
    }

    @Test
    void coversEveryDeliveryFixture() {
        assertThat(SlackFixtures.deliveryNames()).containsExactlyInAnyOrder(
                "app-mention", "bot-message", "message-changed", "message-channel",
                "message-group", "message-im", "message-in-thread", "message-with-files",
                HANDSHAKE);
    }

    @Test
    void answersTheHandshakeWithItsChallengeAsPlainText() {
        JsonNode expected = SlackFixtures.expected(HANDSHAKE).path("http_response");

        WebhookReply reply = FakeSlack.offlineAdapter(SlackFixtures.signedAt(HANDSHAKE))
                .verifyWebhook(SlackFixtures.delivery(HANDSHAKE), secretsOf(HANDSHAKE))
                .orElseThrow();

        assertThat(reply).isEqualTo(new WebhookReply(expected.path("status").asInt(),
                expected.path("content_type").asText(), expected.path("body").asText()));
    }

    @Test
    void storesNothingForTheHandshake() {
        assertThat(adapter.parseWebhook(SlackFixtures.delivery(HANDSHAKE), CONNECTION).items())
                .isEmpty();
    }

    @Test
    void answersNoHandshakeWhoseSignatureFails() {
        Credentials other = Credentials.of(SlackCredentials.SIGNING_SECRET, "not-the-secret");

        assertThat(FakeSlack.offlineAdapter(SlackFixtures.signedAt(HANDSHAKE))
                .verifyWebhook(SlackFixtures.delivery(HANDSHAKE), other)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFixtures")
    void hasNoHandshakeForAnEvent(String name) {
        assertThat(FakeSlack.offlineAdapter(SlackFixtures.signedAt(name))
                .verifyWebhook(SlackFixtures.delivery(name), secretsOf(name))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFixtures")
    void readsOneItemKeyedBySlacksEventIdAtTheExpectedTime(String name) {
        JsonNode expected = SlackFixtures.expected(name);

        InboundItem item = parseOnly(name);

        assertThat(item.dedupeKey()).isEqualTo("slack:" + expected.path("dedupe_key").asText());
        // The metas write milliseconds; a ts has microseconds, which Outeract keeps.
        assertThat(item.occurredAt().truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(Instant.parse(expected.path("timestamp").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFixtures")
    void readsTheMessageTheMetaExpects(String name) {
        JsonNode expected = SlackFixtures.expected(name);

        InboundItem item = parseOnly(name);

        assertThat(item.kind()).isEqualTo(expected.path("kind").asText().equals("message_edited")
                ? InboundItem.Kind.MESSAGE_EDITED
                : InboundItem.Kind.MESSAGE_RECEIVED);
        ReceivedMessage message = item.message();
        assertThat(message.externalMessageId())
                .isEqualTo(expected.path("external_message_id").asText());
        assertThat(message.externalChatId()).isEqualTo(expected.path("channel_id").asText());
        if (expected.has("channel_type")) {
            assertThat(message.chatType()).isEqualTo(expected.path("channel_type").asText());
        }
        assertThat(message.sender().externalId()).isEqualTo(expected.path("sender_id").asText());
        assertThat(message.sender().bot()).isEqualTo(expected.path("sender_is_bot").asBoolean());
        assertThat(message.sender().displayName())
                .isEqualTo(textOrNull(expected.path("sender_display_name")));
        assertThat(message.recipient()).satisfies(recipient -> {
            assertThat(recipient.externalId()).isEqualTo(SlackFixtures.BOT_USER_ID);
            assertThat(recipient.bot()).isTrue();
        });
        assertThat(message.text()).isEqualTo(expected.path("text").asText());
        assertThat(message.threadId()).isEqualTo(textOrNull(expected.path("thread_id")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFixtures")
    void repliesToTheThreadsParentOnlyInAThread(String name) {
        JsonNode expected = SlackFixtures.expected(name);

        ReceivedMessage message = parseOnly(name).message();

        if (expected.has("reply_to_message_id")) {
            assertThat(message.replyToExternalMessageId())
                    .isEqualTo(expected.path("reply_to_message_id").asText());
        } else if (expected.path("thread_id").isNull()) {
            assertThat(message.replyToExternalMessageId()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFixtures")
    void keepsTheFilesTheMetaExpects(String name) {
        JsonNode expected = SlackFixtures.expected(name).path("attachments");

        List<Attachment> attachments = parseOnly(name).message().attachments();

        assertThat(attachments).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode file = expected.get(i);
            assertThat(attachments.get(i)).satisfies(attachment -> {
                assertThat(attachment.platformFileId())
                        .isEqualTo(file.path("external_id").asText());
                assertThat(attachment.fileName()).isEqualTo(file.path("filename").asText());
                assertThat(attachment.mimeType()).isEqualTo(file.path("content_type").asText());
                assertThat(attachment.sizeBytes()).isEqualTo(file.path("size").asLong());
                assertThat(attachment.url()).isEqualTo(file.path("download_url").asText());
            });
        }
    }

    @Test
    void marksAMentionOfTheBotAsOne() {
        assertThat(parseOnly("app-mention").message().contentKind()).isEqualTo("mention");
        assertThat(parseOnly("message-channel").message().contentKind()).isNull();
    }

    @Test
    void namesTheKindOfAFileByItsMimeType() {
        assertThat(parseOnly("message-with-files").message().attachments())
                .extracting(Attachment::kind).containsExactly("image");
    }

    private InboundItem parseOnly(String name) {
        List<InboundItem> items =
                adapter.parseWebhook(SlackFixtures.delivery(name), CONNECTION).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static Credentials secretsOf(String name) {
        return Credentials.of(SlackCredentials.SIGNING_SECRET,
                SlackFixtures.meta(name).path("secret").asText());
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
