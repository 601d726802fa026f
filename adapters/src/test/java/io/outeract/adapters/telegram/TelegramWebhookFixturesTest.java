package io.outeract.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.inbound.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every delivery fixture, read as Telegram sent it and checked against what its meta expects. */
class TelegramWebhookFixturesTest {

    private static final ConnectionContext CONNECTION =
            new ConnectionContext(UUID.fromString("6f1c2e7a-0000-4000-8000-000000000001"),
                    TelegramFixtures.BOT_ID);

    /** The meta's names for updates that are not messages, and Telegram's field for each. */
    private static final Map<String, String> TELEGRAM_KIND_OF = Map.of(
            "callback_query", "callback_query",
            "membership", "my_chat_member",
            "reaction", "message_reaction");

    private final TelegramAdapter adapter = FakeTelegram.offlineAdapter();

    static List<String> webhookFixtures() {
        return TelegramFixtures.webhookNames();
    }

    static List<String> messageFixtures() {
        return webhookFixtures().stream().filter(TelegramWebhookFixturesTest::isMessage).toList();
    }

    static List<String> otherFixtures() {
        return webhookFixtures().stream().filter(name -> !isMessage(name)).toList();
    }

    @Test
    void coversEveryDeliveryFixture() {
        assertThat(webhookFixtures()).containsExactlyInAnyOrder(
                "callback-query", "command-start", "document-message", "edited-message",
                "group-message", "location-message", "message-reaction",
                "my-chat-member-blocked", "photo-message", "reply-message", "sticker-message",
                "text-message-private");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void keepsTheFixtureBytesExactlyAsTelegramSentThem(String name) {
        assertThat(TelegramFixtures.bytes(name))
                .hasSize(TelegramFixtures.meta(name).path("body_bytes").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void acceptsTheSecretTokenTheDeliveryCameWith(String name) {
        Credentials secrets = Credentials.of(TelegramCredentials.WEBHOOK_SECRET_TOKEN,
                TelegramFixtures.meta(name).path("secret").asText());

        assertThat(adapter.hasValidSignature(TelegramFixtures.webhook(name), secrets)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void refusesTheDeliveryUnderAnotherConnectionsSecret(String name) {
        Credentials secrets = Credentials.of(TelegramCredentials.WEBHOOK_SECRET_TOKEN,
                "another-connection_s3cret-token");

        assertThat(adapter.hasValidSignature(TelegramFixtures.webhook(name), secrets)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void refusesTheDeliveryWithoutItsSecretTokenHeader(String name) {
        WebhookRequest stripped = new WebhookRequest(
                Map.of("Content-Type", "application/json"), TelegramFixtures.bytes(name),
                TelegramFixtures.WEBHOOK_URL);

        assertThat(adapter.hasValidSignature(stripped, FakeTelegram.botCredentials())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void readsOneItemKeyedByBotAndUpdateAtTheExpectedTime(String name) {
        JsonNode expected = TelegramFixtures.expected(name);

        ParsedWebhook parsed = adapter.parseWebhook(TelegramFixtures.webhook(name), CONNECTION);

        assertThat(parsed.items()).singleElement().satisfies(item -> {
            assertThat(item.dedupeKey()).isEqualTo(expected.path("dedupe_key").asText());
            assertThat(item.occurredAt()).isEqualTo(instantOrNull(expected.path("timestamp")));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFixtures")
    void readsTheMessageTheMetaExpects(String name) {
        JsonNode expected = TelegramFixtures.expected(name);

        InboundItem item = parseOnly(name);

        assertThat(item.kind()).isEqualTo(expected.path("kind").asText().equals("edit")
                ? InboundItem.Kind.MESSAGE_EDITED
                : InboundItem.Kind.MESSAGE_RECEIVED);
        ReceivedMessage message = item.message();
        assertThat(message.externalMessageId())
                .isEqualTo(expected.path("external_message_id").asText());
        assertThat(message.externalChatId()).isEqualTo(expected.path("chat_id").asText());
        assertThat(message.chatType()).isEqualTo(expected.path("chat_type").asText());
        assertThat(message.sender().externalId()).isEqualTo(expected.path("sender_id").asText());
        assertThat(message.recipient().externalId())
                .isEqualTo(expected.path("recipient_id").asText());
        assertThat(message.recipient().bot()).isTrue();
        assertThat(message.text()).isEqualTo(textOrNull(expected.path("text")));
        assertThat(message.replyToExternalMessageId())
                .isEqualTo(textOrNull(expected.path("reply_to_external_id")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFixtures")
    void keepsTheMediaTheMetaExpects(String name) {
        JsonNode media = TelegramFixtures.expected(name).path("media");
        JsonNode location = TelegramFixtures.expected(name).path("location");

        List<Attachment> attachments = parseOnly(name).message().attachments();

        if (media.isObject()) {
            assertThat(attachments).singleElement().satisfies(attachment -> {
                assertThat(attachment.platformFileId()).isEqualTo(media.path("file_id").asText());
                assertThat(attachment.fileName()).isEqualTo(textOrNull(media.path("filename")));
                assertThat(attachment.mimeType()).isEqualTo(textOrNull(media.path("mime_type")));
                if (media.has("file_size")) {
                    assertThat(attachment.sizeBytes()).isEqualTo(media.path("file_size").asLong());
                }
            });
        } else if (location.isObject()) {
            assertThat(attachments).extracting(Attachment::kind).containsExactly("location");
        } else {
            assertThat(attachments).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherFixtures")
    void keepsAnUpdateThatIsNoMessageRawWithItsActor(String name) {
        JsonNode expected = TelegramFixtures.expected(name);

        InboundItem item = parseOnly(name);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind())
                .isEqualTo(TELEGRAM_KIND_OF.get(expected.path("kind").asText()));
        assertThat(item.actor().externalId()).isEqualTo(expected.path("sender_id").asText());
        assertThat(item.rawPayload())
                .isEqualTo(new String(TelegramFixtures.bytes(name), StandardCharsets.UTF_8));
        assertThat(item.message()).isNull();
    }

    private static boolean isMessage(String name) {
        return TelegramFixtures.expected(name).path("external_message_id").isTextual();
    }

    private InboundItem parseOnly(String name) {
        return adapter.parseWebhook(TelegramFixtures.webhook(name), CONNECTION).items().get(0);
    }

    private static Instant instantOrNull(JsonNode timestamp) {
        return timestamp.isTextual() ? Instant.parse(timestamp.asText()) : null;
    }

    private static String textOrNull(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }
}
