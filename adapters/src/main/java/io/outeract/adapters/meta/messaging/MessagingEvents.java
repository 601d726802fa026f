package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.DeliveryState;
import io.outeract.contract.inbound.DeliveryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The events of one entry, that is of one account: each {@code messaging[]} event becomes the
 * items it stands for. Dedupe keys are {@code <platform>:<kind>:<identity>}, where the identity
 * is Meta's id of the thing when it gives one (a mid), and otherwise what makes the event unique
 * (messenger.md §1, "Dedupe").
 */
final class MessagingEvents {

    private static final Set<String> ENVELOPE = Set.of("sender", "recipient", "timestamp");
    private static final List<String> KINDS_READ =
            List.of("message", "postback", "message_edit", "reaction", "delivery", "read");

    private final MessagingPlatform platform;
    private final String accountId;
    private final Instant entryTime;

    MessagingEvents(MessagingPlatform platform, String accountId, Instant entryTime) {
        this.platform = platform;
        this.accountId = accountId;
        this.entryTime = entryTime;
    }

    List<InboundItem> read(JsonNode event) {
        if (!event.isObject()) {
            throw malformed("Each messaging event is a JSON object");
        }
        String kind = kindOf(event);
        JsonNode payload = event.get(kind);
        return switch (kind) {
            case "message" -> List.of(message(event, requireObject(payload, kind)));
            case "postback" -> List.of(postback(event, requireObject(payload, kind)));
            case "message_edit" -> List.of(edit(event, requireObject(payload, kind)));
            case "reaction" -> List.of(reaction(event, requireObject(payload, kind)));
            case "delivery" -> delivery(event, requireObject(payload, kind));
            case "read" -> List.of(read(event, requireObject(payload, kind)));
            default -> List.of(unknown(kind, event));
        };
    }

    /**
     * An event of a thread another app owns (the handover protocol): kept, but never read as a
     * message to this account, which is not the one expected to answer it.
     */
    InboundItem standby(JsonNode event) {
        return InboundItem.raw(key("standby", MessagingJson.digest(event)), "standby",
                accountOrNull(event.path("sender").get("id")), event.toString(), at(event));
    }

    /** A {@code changes[]} item (Instagram comments and mentions): kept under its field. */
    InboundItem change(JsonNode change) {
        String field = MessagingJson.text(change.get("field"));
        String kind = field != null ? field : "change";
        return InboundItem.raw(key(kind, accountId + ":" + MessagingJson.digest(change)), kind,
                null, change.toString(), entryTime);
    }

    /** Echoes are our own messages coming back: kept, and never taken for the person's words. */
    private InboundItem message(JsonNode event, JsonNode message) {
        String mid = requireMid(message, "message");
        if (message.path("is_echo").asBoolean(false)) {
            return InboundItem.raw(key("message", mid), "message_echo", account(accountId),
                    event.toString(), at(event));
        }
        if (message.path("is_deleted").asBoolean(false)) {
            // Not the message's own key: that one is taken by the message being unsent.
            return InboundItem.raw(key("deleted", mid), "message_deleted", sender(event),
                    event.toString(), at(event));
        }
        return InboundItem.received(key("message", mid),
                MessagingMessageReader.message(mid, sender(event), recipient(event), message),
                at(event));
    }

    /** Newer versions give a postback a mid; older ones are told apart by who, when and what. */
    private InboundItem postback(JsonNode event, JsonNode postback) {
        String mid = MessagingJson.text(postback.get("mid"));
        PlatformAccount sender = sender(event);
        String dedupeKey = mid != null
                ? key("message", mid)
                : key("postback", accountId + ":" + sender.externalId() + ":"
                        + timestampOf(event) + ":" + MessagingJson.text(postback.get("payload")));
        return InboundItem.received(dedupeKey,
                MessagingMessageReader.postback(mid, sender, recipient(event), postback),
                at(event));
    }

    /** An edit keeps the message's mid; num_edit tells the edits of one message apart. */
    private InboundItem edit(JsonNode event, JsonNode edit) {
        String mid = requireMid(edit, "message_edit");
        return InboundItem.edited(key("edit", mid + ":" + edit.path("num_edit").asText("0")),
                MessagingMessageReader.edit(mid, sender(event), recipient(event), edit),
                at(event));
    }

    /** The mid of a reaction is the message reacted to, so the reactor and time join it. */
    private InboundItem reaction(JsonNode event, JsonNode reaction) {
        String target = requireMid(reaction, "reaction");
        PlatformAccount sender = sender(event);
        return InboundItem.raw(
                key("reaction", target + ":" + sender.externalId() + ":" + timestampOf(event)),
                "reaction", sender, event.toString(), at(event));
    }

    /**
     * Messenger's delivery receipt names our messages delivered by their mids, each a status of
     * its own whose key is the receipt's with {@code :<mid>} after it. Without mids it says only
     * that everything before the watermark arrived, which is kept raw.
     */
    private List<InboundItem> delivery(JsonNode event, JsonNode delivery) {
        PlatformAccount person = sender(event);
        String receipt = key("delivery", accountId + ":" + person.externalId() + ":"
                + delivery.path("watermark").asText());
        List<InboundItem> items = new ArrayList<>();
        for (JsonNode mid : MessagingJson.array(delivery, "mids", "a delivery")) {
            String platformMessageId = MessagingJson.text(mid);
            if (platformMessageId != null) {
                items.add(InboundItem.status(receipt + ":" + platformMessageId,
                        new DeliveryStatus(platformMessageId, DeliveryState.DELIVERED, "delivery",
                                person, null, null),
                        at(event)));
            }
        }
        if (items.isEmpty()) {
            items.add(InboundItem.raw(receipt, "delivery", person, event.toString(), at(event)));
        }
        return items;
    }

    /**
     * Instagram's read receipt names the last message seen; Messenger's gives a watermark only,
     * before which everything was read, and is kept raw.
     */
    private InboundItem read(JsonNode event, JsonNode read) {
        PlatformAccount person = sender(event);
        String mid = MessagingJson.text(read.get("mid"));
        if (mid != null) {
            return InboundItem.status(key("read", mid),
                    new DeliveryStatus(mid, DeliveryState.READ, "read", person, null, null),
                    at(event));
        }
        return InboundItem.raw(key("read", accountId + ":" + person.externalId() + ":"
                + read.path("watermark").asText()), "read", person, event.toString(), at(event));
    }

    private InboundItem unknown(String kind, JsonNode event) {
        return InboundItem.raw(key(kind, accountId + ":" + MessagingJson.digest(event)), kind,
                accountOrNull(event.path("sender").get("id")), event.toString(), at(event));
    }

    /** The kind an event is of: one Outeract reads if it has one, whatever else it carries. */
    private static String kindOf(JsonNode event) {
        for (String kind : KINDS_READ) {
            if (event.has(kind)) {
                return kind;
            }
        }
        Iterator<String> fields = event.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!ENVELOPE.contains(field)) {
                return field;
            }
        }
        return "unknown";
    }

    private String key(String kind, String identity) {
        return platform.dedupePrefix() + ":" + kind + ":" + identity;
    }

    private PlatformAccount sender(JsonNode event) {
        return account(requireId(event, "sender"));
    }

    private PlatformAccount recipient(JsonNode event) {
        return account(requireId(event, "recipient"));
    }

    /** The account itself is no person: it is marked as a bot, as Telegram's bots are. */
    private PlatformAccount account(String id) {
        return new PlatformAccount(id, null, null, id.equals(accountId));
    }

    private PlatformAccount accountOrNull(JsonNode id) {
        String value = MessagingJson.id(id);
        return value == null ? null : account(value);
    }

    private Instant at(JsonNode event) {
        Instant timestamp = MessagingJson.epochMillis(event.get("timestamp"));
        return timestamp != null ? timestamp : entryTime;
    }

    private static String timestampOf(JsonNode event) {
        return event.path("timestamp").asText();
    }

    private String requireId(JsonNode event, String role) {
        String id = MessagingJson.id(event.path(role).get("id"));
        if (id == null) {
            throw malformed("A " + platform.displayName() + " event names its " + role
                    + " in '" + role + ".id'");
        }
        return id;
    }

    private String requireMid(JsonNode payload, String kind) {
        String mid = MessagingJson.text(payload.get("mid"));
        if (mid == null) {
            throw malformed("A " + platform.displayName() + " " + kind + " has no 'mid'");
        }
        return mid;
    }

    private JsonNode requireObject(JsonNode payload, String kind) {
        if (payload == null || !payload.isObject()) {
            throw malformed("The '" + kind + "' of a " + platform.displayName()
                    + " event is not an object");
        }
        return payload;
    }

    private MalformedWebhookException malformed(String reason) {
        return new MalformedWebhookException(reason + " (" + platform.accountNoun() + " "
                + accountId + ")");
    }
}
