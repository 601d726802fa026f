package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.ReceivedMessage;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The one event of an {@code event_callback}. New messages (plain, with files, from other
 * bots, broadcast from a thread) and mentions of the bot are received messages; a change of
 * text is an edit; Outeract's own posts coming back are kept raw as {@code message_echo}, so
 * that nothing answers them and loops; every other event or subtype is kept raw under its name.
 */
final class SlackEventReader {

    static final String ECHO = "message_echo";
    static final String MENTION = "mention";

    private static final Set<String> NEW_MESSAGE_SUBTYPES =
            Set.of("file_share", "thread_broadcast", "bot_message", "me_message");

    private final JsonNode delivery;
    private final JsonNode event;
    private final String dedupeKey;
    private final String botUserId;
    private final String rawPayload;

    SlackEventReader(JsonNode delivery, JsonNode event, String dedupeKey, String botUserId,
            String rawPayload) {
        this.delivery = delivery;
        this.event = event;
        this.dedupeKey = dedupeKey;
        this.botUserId = botUserId;
        this.rawPayload = rawPayload;
    }

    InboundItem read() {
        String type = SlackJson.text(event.get("type"));
        if (type == null) {
            throw new MalformedWebhookException("A Slack event needs its type");
        }
        if (type.equals("app_mention")) {
            return newMessage(event, MENTION);
        }
        if (!type.equals("message")) {
            return raw(type, actorOf(event));
        }
        String subtype = SlackJson.text(event.get("subtype"));
        if (subtype == null || NEW_MESSAGE_SUBTYPES.contains(subtype)) {
            return newMessage(event, null);
        }
        if (subtype.equals("message_changed")) {
            return change();
        }
        if (subtype.equals("message_deleted")) {
            return raw(subtype, actorOf(event.path("previous_message")));
        }
        return raw(subtype, actorOf(event));
    }

    private InboundItem newMessage(JsonNode message, String contentKind) {
        if (isOurOwn(message)) {
            return raw(ECHO, SlackMessageReader.bot(botUserId));
        }
        ReceivedMessage received = SlackMessageReader.read(message, channel(), channelType(),
                botUserId, contentKind);
        return InboundItem.received(dedupeKey, received,
                SlackTimestamps.instantOf(SlackJson.text(message.get("ts"))));
    }

    /**
     * Slack also sends message_changed when only an unfurl or other metadata changed: that is
     * no edit anyone made, so it is kept raw.
     */
    private InboundItem change() {
        JsonNode message = event.get("message");
        if (message == null || !message.isObject()) {
            throw new MalformedWebhookException("A Slack message_changed needs its message");
        }
        if (isOurOwn(message)) {
            return raw(ECHO, SlackMessageReader.bot(botUserId));
        }
        String previousText = SlackJson.text(event.path("previous_message").get("text"));
        if (Objects.equals(previousText, SlackJson.text(message.get("text")))) {
            return raw("message_changed", SlackMessageReader.senderOf(message));
        }
        ReceivedMessage edited = SlackMessageReader.read(message, channel(), channelType(),
                botUserId, null);
        // event.ts is when the edit happened; the message keeps its own ts as its identity.
        return InboundItem.edited(dedupeKey, edited,
                SlackTimestamps.instantOf(SlackJson.text(event.get("ts"))));
    }

    /**
     * Outeract's bot speaks as its bot user, and its posts carry the app id of the app the
     * delivery is for; another integration has a bot id and an app of its own.
     */
    private boolean isOurOwn(JsonNode message) {
        if (botUserId.equals(SlackJson.text(message.get("user")))) {
            return true;
        }
        String appId = SlackJson.text(delivery.get("api_app_id"));
        return message.has("bot_id") && appId != null
                && appId.equals(SlackJson.text(message.get("app_id")));
    }

    private InboundItem raw(String kind, PlatformAccount actor) {
        Instant at = SlackJson.epochSeconds(delivery.get("event_time"));
        return InboundItem.raw(dedupeKey, kind, actor, rawPayload, at);
    }

    private String channel() {
        return SlackJson.text(event.get("channel"));
    }

    // app_mention carries no channel_type; the type is never guessed from the id's prefix.
    private String channelType() {
        return SlackJson.text(event.get("channel_type"));
    }

    private static PlatformAccount actorOf(JsonNode node) {
        String user = SlackJson.text(node.get("user"));
        if (user != null) {
            return new PlatformAccount(user, null, null, false);
        }
        String botId = SlackJson.text(node.get("bot_id"));
        return botId == null ? null : new PlatformAccount(botId, null, null, true);
    }
}
