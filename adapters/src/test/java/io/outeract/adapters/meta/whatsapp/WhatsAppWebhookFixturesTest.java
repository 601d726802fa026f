package io.outeract.adapters.meta.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.AccountItems;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.meta.MetaSignature;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.inbound.DeliveryState;
import io.outeract.contract.inbound.DeliveryStatus;
import io.outeract.contract.inbound.ReceivedMessage;
import io.outeract.contract.inbound.ReceivedMessage.SharedContact;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every WhatsApp delivery fixture, signed as Meta signed it, read change by change and compared
 * field by field with the events its meta expects, in order.
 */
class WhatsAppWebhookFixturesTest {

    /**
     * What the metas expect of a message that Outeract's items have no place for: the
     * direction is the item's kind, the WABA id of a number's change is not kept, the
     * business-scoped user id is dropped when the phone number names the sender, and so is the
     * error WhatsApp attaches to an unsupported message.
     */
    private static final Set<String> NOT_KEPT_OF_MESSAGES =
            Set.of("direction", "waba_id", "sender_bsuid", "error");
    private static final Set<String> NOT_KEPT_OF_STATUSES = Set.of("direction", "waba_id");
    private static final Set<String> CHECKED = Set.of("kind", "routing_id", "sender_id",
            "sender_name", "recipient_id", "external_message_id", "timestamp", "dedupe_key",
            "text", "media", "location", "shared_contacts", "interactive",
            "reply_to_external_id", "edits_external_id", "reaction", "status",
            "refers_to_message_id", "error");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WhatsAppAdapter adapter = FakeWhatsApp.offlineAdapter();

    static List<String> webhookFixtures() {
        return WhatsAppFixtures.webhookNames();
    }

    @Test
    void coversEveryDeliveryFixture() {
        assertThat(webhookFixtures()).containsExactlyInAnyOrder(
                "batched-two-messages-and-status", "contacts-message", "document-message",
                "edited-message", "image-message", "interactive-button-reply",
                "location-message", "reaction-message", "reply-to-message", "status-delivered",
                "status-failed", "status-sent", "sticker-message", "text-message",
                "unsupported-message");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void keepsTheFixtureBytesExactlyAsMetaSentThem(String name) {
        assertThat(WhatsAppFixtures.bytes(name))
                .hasSize(WhatsAppFixtures.meta(name).path("body_bytes").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void carriesTheSignatureOfTheMetaAppsSecret(String name) {
        String header = WhatsAppFixtures.webhook(name).header(MetaSignature.HEADER);
        String secret = WhatsAppFixtures.meta(name).path("secret").asText();

        assertThat(MetaSignature.isValid(WhatsAppFixtures.bytes(name), header, List.of(secret)))
                .isTrue();
        assertThat(MetaSignature.isValid(WhatsAppFixtures.bytes(name), header,
                List.of("0000another0app0secret0000000000"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void expectsNothingThatIsNeitherCheckedNorNamedAsNotKept(String name) {
        for (JsonNode event : WhatsAppFixtures.expectedEvents(name)) {
            boolean status = event.path("kind").asText().equals("status");
            Set<String> notKept = status ? NOT_KEPT_OF_STATUSES : NOT_KEPT_OF_MESSAGES;
            Set<String> checked = new HashSet<>(CHECKED);
            if (!status) {
                checked.remove("error");
            }

            assertThat(event.fieldNames()).toIterable().allSatisfy(field ->
                    assertThat(checked.contains(field) || notKept.contains(field))
                            .as("the meta's field '%s' is checked", field).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void readsTheEventsTheMetaExpectsUnderTheirNumbers(String name) {
        JsonNode expected = WhatsAppFixtures.expectedEvents(name);

        List<Routed> read = read(name);

        assertThat(read).hasSize(expected.size());
        for (int index = 0; index < expected.size(); index++) {
            JsonNode event = expected.get(index);
            Routed routed = read.get(index);
            assertThat(routed.accountId()).isEqualTo(event.path("routing_id").asText());
            assertThat(routed.item().dedupeKey()).isEqualTo(event.path("dedupe_key").asText());
            assertThat(routed.item().occurredAt())
                    .isEqualTo(Instant.parse(event.path("timestamp").asText()));
            switch (event.path("kind").asText()) {
                case "status" -> assertStatus(routed, event);
                case "reaction" -> assertReaction(routed.item(), event);
                case "edit" -> assertEdit(routed.item(), event);
                default -> assertReceived(routed.item(), event);
            }
        }
    }

    private static void assertStatus(Routed routed, JsonNode event) {
        assertThat(routed.item().kind()).isEqualTo(InboundItem.Kind.STATUS_REPORTED);
        // The business number the status is about sent the message.
        assertThat(routed.accountId()).isEqualTo(event.path("sender_id").asText());
        DeliveryStatus status = routed.item().status();
        assertThat(status.platformMessageId())
                .isEqualTo(event.path("refers_to_message_id").asText());
        assertThat(status.platformStatus()).isEqualTo(event.path("status").asText());
        assertThat(status.state())
                .isEqualTo(DeliveryState.fromWireName(event.path("status").asText()));
        assertThat(status.recipient().externalId())
                .isEqualTo(event.path("recipient_id").asText());
        JsonNode error = event.path("error");
        if (error.isObject()) {
            assertThat(status.errorCode()).isEqualTo(error.path("code").asText());
            assertThat(status.errorDescription()).startsWith(error.path("title").asText());
        } else {
            assertThat(status.errorCode()).isNull();
            assertThat(status.errorDescription()).isNull();
        }
    }

    private static void assertReaction(InboundItem item, JsonNode event) {
        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("reaction");
        assertThat(item.actor().externalId()).isEqualTo(event.path("sender_id").asText());
        assertThat(item.actor().displayName()).isEqualTo(event.path("sender_name").asText());
        JsonNode message = json(item.rawPayload());
        assertThat(message.path("id").asText())
                .isEqualTo(event.path("external_message_id").asText());
        JsonNode reaction = message.path("reaction");
        JsonNode expected = event.path("reaction");
        assertThat(reaction.path("message_id").asText())
                .isEqualTo(expected.path("target_external_id").asText());
        assertThat(reaction.path("emoji").asText()).isEqualTo(expected.path("emoji").asText());
        assertThat(reaction.path("emoji").asText().isEmpty())
                .isEqualTo(expected.path("removed").asBoolean());
    }

    /** An edit is keyed by its own wamid and lands on the message it changes. */
    private static void assertEdit(InboundItem item, JsonNode event) {
        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_EDITED);
        assertThat(item.dedupeKey()).endsWith(event.path("external_message_id").asText());
        ReceivedMessage message = item.message();
        assertThat(message.externalMessageId())
                .isEqualTo(event.path("edits_external_id").asText());
        assertMessageParties(message, event);
        assertThat(message.text()).isEqualTo(textOrNull(event.path("text")));
    }

    private static void assertReceived(InboundItem item, JsonNode event) {
        assertThat(item.kind()).isEqualTo(InboundItem.Kind.MESSAGE_RECEIVED);
        ReceivedMessage message = item.message();
        assertThat(message.externalMessageId())
                .isEqualTo(event.path("external_message_id").asText());
        assertMessageParties(message, event);
        assertThat(message.contentKind()).isEqualTo(event.path("kind").asText());
        assertThat(message.text()).isEqualTo(textOrNull(event.path("text")));
        assertThat(message.replyToExternalMessageId())
                .isEqualTo(textOrNull(event.path("reply_to_external_id")));
        assertMedia(message, event.path("media"));
        assertLocation(message, event.path("location"));
        assertSharedContacts(message, event.path("shared_contacts"));
        assertChoice(message, event.path("interactive"));
    }

    private static void assertMessageParties(ReceivedMessage message, JsonNode event) {
        assertThat(message.externalChatId()).isEqualTo(event.path("sender_id").asText());
        assertThat(message.chatType()).isEqualTo("private");
        assertThat(message.sender().externalId()).isEqualTo(event.path("sender_id").asText());
        assertThat(message.sender().displayName()).isEqualTo(event.path("sender_name").asText());
        assertThat(message.recipient().externalId())
                .isEqualTo(event.path("recipient_id").asText());
    }

    private static void assertMedia(ReceivedMessage message, JsonNode media) {
        if (!media.isObject()) {
            assertThat(message.attachments()).isEmpty();
            return;
        }
        assertThat(message.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.kind()).isEqualTo(message.contentKind());
            assertThat(attachment.platformFileId()).isEqualTo(media.path("id").asText());
            assertThat(attachment.mimeType()).isEqualTo(media.path("mime_type").asText());
            assertThat(attachment.fileName()).isEqualTo(textOrNull(media.path("filename")));
            assertThat(attachment.sha256()).isEqualTo(media.path("sha256_base64").asText());
        });
        assertThat(message.text()).isEqualTo(textOrNull(media.path("caption")));
    }

    private static void assertLocation(ReceivedMessage message, JsonNode location) {
        if (!location.isObject()) {
            assertThat(message.location()).isNull();
            return;
        }
        assertThat(message.location()).isEqualTo(new ReceivedMessage.Location(
                location.path("latitude").doubleValue(), location.path("longitude").doubleValue(),
                textOrNull(location.path("name")), textOrNull(location.path("address"))));
    }

    private static void assertSharedContacts(ReceivedMessage message, JsonNode contacts) {
        List<SharedContact> expected = new ArrayList<>();
        for (JsonNode contact : contacts) {
            expected.add(new SharedContact(contact.path("formatted_name").asText(),
                    texts(contact.path("phones")), texts(contact.path("emails"))));
        }
        assertThat(message.contacts()).isEqualTo(expected);
    }

    private static void assertChoice(ReceivedMessage message, JsonNode interactive) {
        if (!interactive.isObject()) {
            assertThat(message.choice()).isNull();
            return;
        }
        assertThat(message.choice().id()).isEqualTo(interactive.path("id").asText());
        assertThat(message.choice().title()).isEqualTo(interactive.path("title").asText());
        assertThat(message.choice().description())
                .isEqualTo(textOrNull(interactive.path("description")));
    }

    /** The items in the order Meta sent them, each with the account its change names. */
    private List<Routed> read(String name) {
        List<AccountItems> accounts =
                adapter.changes().read(WhatsAppFixtures.json(name));
        List<Routed> read = new ArrayList<>();
        for (AccountItems account : accounts) {
            account.items().forEach(item -> read.add(new Routed(account.externalAccountId(),
                    item)));
        }
        return read;
    }

    private record Routed(String accountId, InboundItem item) {
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String textOrNull(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
