package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.ReceivedMessage;
import io.outeract.contract.inbound.ReceivedMessage.Choice;
import java.util.List;

/**
 * A person's message, or the button they pressed, as Outeract's received message. The chat is
 * the conversation of the person and the account, so it is named by the person's id, which is
 * scoped to the account already (a PSID, an IGSID).
 */
final class MessagingMessageReader {

    private static final String CHAT_TYPE = "private";

    private MessagingMessageReader() {
    }

    static ReceivedMessage message(String mid, PlatformAccount sender, PlatformAccount recipient,
            JsonNode message) {
        boolean unsupported = message.path("is_unsupported").asBoolean(false);
        List<Attachment> attachments = MessagingAttachments.of(message);
        String quickReply = MessagingJson.text(message.path("quick_reply").get("payload"));
        String text = unsupported ? null : MessagingJson.text(message.get("text"));

        return new ReceivedMessage(mid, sender.externalId(), CHAT_TYPE, sender, recipient,
                text,
                attachments,
                MessagingJson.text(message.path("reply_to").get("mid")),
                null,
                contentKind(message, unsupported, attachments, text),
                null,
                null,
                quickReply == null ? null : new Choice(quickReply, text, null));
    }

    /** A postback: the title of the button pressed is what the person saw and "said". */
    static ReceivedMessage postback(String mid, PlatformAccount sender, PlatformAccount recipient,
            JsonNode postback) {
        String title = MessagingJson.text(postback.get("title"));
        return new ReceivedMessage(mid, sender.externalId(), CHAT_TYPE, sender, recipient,
                title, List.of(), null, null, "postback", null, null,
                new Choice(MessagingJson.text(postback.get("payload")), title, null));
    }

    /** An edit carries the new text only; attachments cannot be edited. */
    static ReceivedMessage edit(String mid, PlatformAccount sender, PlatformAccount recipient,
            JsonNode edit) {
        return new ReceivedMessage(mid, sender.externalId(), CHAT_TYPE, sender, recipient,
                MessagingJson.text(edit.get("text")), List.of(), null, null, "text", null,
                null, null);
    }

    private static String contentKind(JsonNode message, boolean unsupported,
            List<Attachment> attachments, String text) {
        if (unsupported) {
            return "unsupported";
        }
        if (message.path("quick_reply").isObject()) {
            return "quick_reply";
        }
        if (message.path("reply_to").path("story").isObject()) {
            return "story_reply";
        }
        if (message.has("sticker_id")) {
            return "sticker";
        }
        if (!attachments.isEmpty()) {
            return attachments.get(0).kind();
        }
        // Neither text nor attachments is content the API could show us.
        return text != null ? "text" : "unsupported";
    }
}
