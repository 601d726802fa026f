package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.ReceivedMessage;
import java.time.Instant;
import java.util.Optional;

/**
 * The messages of one change, written to one business number. A message's id (its wamid) is
 * unique on WhatsApp, so it is the dedupe key; a chat is a conversation with one user, named by
 * the user's id. Reactions and types Outeract does not read are kept raw, never dropped.
 */
final class WhatsAppMessages {

    private final PlatformAccount business;
    private final JsonNode profiles;

    /**
     * @param profiles the change's {@code contacts}: the senders' profiles, matched to messages
     *     by id, since nothing promises they come in the order of the messages
     */
    WhatsAppMessages(PlatformAccount business, JsonNode profiles) {
        this.business = business;
        this.profiles = profiles;
    }

    InboundItem read(JsonNode message) {
        String id = message.isObject() ? WhatsAppJson.text(message.get("id")) : null;
        if (id == null) {
            throw new MalformedWebhookException("A WhatsApp message needs its id");
        }
        String dedupeKey = "whatsapp:message:" + id;
        PlatformAccount sender = senderOf(message);
        Instant at = WhatsAppJson.epochSeconds(message.get("timestamp"));
        String type = Optional.ofNullable(WhatsAppJson.text(message.get("type")))
                .orElse("unknown");

        if (type.equals("edit")) {
            return edit(dedupeKey, message, sender, at);
        }
        Optional<WhatsAppContent> content = WhatsAppContent.of(type, message);
        if (content.isEmpty()) {
            // A reaction, an order, a system notice: kept as WhatsApp sent it, under its type.
            return InboundItem.raw(dedupeKey, type, sender, message.toString(), at);
        }
        return InboundItem.received(dedupeKey,
                received(id, message, sender, content.get()), at);
    }

    /**
     * An edit has a wamid of its own, which keys the delivery; the message it changes is the
     * original one, so that the edit lands on it.
     */
    private InboundItem edit(String dedupeKey, JsonNode message, PlatformAccount sender,
            Instant at) {
        JsonNode edit = message.path("edit");
        String originalId = WhatsAppJson.text(edit.get("original_message_id"));
        JsonNode newMessage = edit.path("message");
        Optional<WhatsAppContent> content = originalId == null
                ? Optional.empty()
                : WhatsAppContent.of(WhatsAppJson.text(newMessage.get("type")), newMessage);
        if (content.isEmpty()) {
            return InboundItem.raw(dedupeKey, "edit", sender, message.toString(), at);
        }
        return InboundItem.edited(dedupeKey,
                received(originalId, message, sender, content.get()), at);
    }

    private ReceivedMessage received(String id, JsonNode message, PlatformAccount sender,
            WhatsAppContent content) {
        return new ReceivedMessage(
                id,
                sender.externalId(),
                "private",
                sender,
                business,
                content.text(),
                content.attachments(),
                WhatsAppJson.text(message.path("context").get("id")),
                null,
                content.kind(),
                content.location(),
                content.contacts(),
                content.choice());
    }

    /**
     * The user's phone number, or, for a user who hides it (2026 usernames), the business-scoped
     * user id that stands in for it.
     */
    private PlatformAccount senderOf(JsonNode message) {
        String phone = WhatsAppJson.text(message.get("from"));
        String userId = WhatsAppJson.text(message.get("from_user_id"));
        if (phone == null && userId == null) {
            throw new MalformedWebhookException(
                    "A WhatsApp message needs 'from' or 'from_user_id'");
        }
        return new PlatformAccount(phone != null ? phone : userId, profileName(phone, userId),
                null, false);
    }

    private String profileName(String phone, String userId) {
        for (JsonNode profile : profiles) {
            boolean samePhone = phone != null
                    && phone.equals(WhatsAppJson.text(profile.get("wa_id")));
            boolean sameUser = phone == null && userId != null
                    && userId.equals(WhatsAppJson.text(profile.get("user_id")));
            if (samePhone || sameUser) {
                return WhatsAppJson.text(profile.path("profile").get("name"));
            }
        }
        return null;
    }
}
