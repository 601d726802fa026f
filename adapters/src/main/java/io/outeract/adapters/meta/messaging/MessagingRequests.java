package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.contract.outbound.MediaReference;
import java.util.Map;
import java.util.Optional;

/**
 * The Send API bodies Outeract sends: a text, or one attachment by URL, to a person's id. What
 * the Send API cannot carry is refused before anything is sent.
 */
final class MessagingRequests {

    /** Outeract's media kinds and the Send API's attachment types. */
    private static final Map<String, String> ATTACHMENT_TYPES = Map.of(
            "image", "image",
            "video", "video",
            "audio", "audio",
            "document", "file",
            // The Send API has no sticker attachment; a sticker is a picture.
            "sticker", "image");

    private final MessagingPlatform platform;
    private final ObjectMapper objectMapper;

    MessagingRequests(MessagingPlatform platform, ObjectMapper objectMapper) {
        this.platform = platform;
        this.objectMapper = objectMapper;
    }

    /** Why the message cannot go through the Send API, if it cannot. */
    Optional<String> refusal(OutgoingMessage message) {
        String name = platform.displayName();
        if (message.hasTemplate()) {
            return Optional.of("Templates are WhatsApp's; " + name + " sends texts and media");
        }
        if (isBlank(message.externalChatId())) {
            return Optional.of("A " + name + " message needs the id of the person to send it to");
        }
        if (message.hasMedia()) {
            return mediaRefusal(message);
        }
        if (isBlank(message.text())) {
            return Optional.of("A " + name + " message needs a text or a media item");
        }
        if (!platform.fitsText(message.text())) {
            return Optional.of(name + " takes texts of at most " + platform.textLimit());
        }
        return Optional.empty();
    }

    /**
     * The body of a message that {@link #refusal} let through. A reply goes as a plain message:
     * the notes read document no way to quote a message through the Send API.
     */
    ObjectNode body(OutgoingMessage message) {
        ObjectNode body = objectMapper.createObjectNode();
        body.putObject("recipient").put("id", message.externalChatId());
        if (platform.messengerSendApi()) {
            // Only answers inside the 24-hour window are sent; tags are not supported yet.
            body.put("messaging_type", "RESPONSE");
        }
        ObjectNode content = body.putObject("message");
        if (message.hasMedia()) {
            attachment(content, message.media());
        } else {
            content.put("text", message.text());
        }
        return body;
    }

    private void attachment(ObjectNode content, MediaReference media) {
        ObjectNode attachment = content.putObject("attachment")
                .put("type", ATTACHMENT_TYPES.get(media.kind()));
        ObjectNode payload = attachment.putObject("payload").put("url", media.url());
        if (platform.messengerSendApi()) {
            // Meta keeps the file, so that sending the same URL again needs no fetch.
            payload.put("is_reusable", true);
        }
    }

    private Optional<String> mediaRefusal(OutgoingMessage message) {
        String name = platform.displayName();
        MediaReference media = message.media();
        if (message.upload() != null || isBlank(media.url())) {
            // Meta's Attachment Upload API is not in the notes read, so uploads wait for it.
            return Optional.of("Outeract sends " + name + " media by URL only, not stored files");
        }
        if (!ATTACHMENT_TYPES.containsKey(media.kind())) {
            return Optional.of(name + " cannot send media of kind '" + media.kind() + "'");
        }
        if (!isBlank(message.text()) || !isBlank(media.caption())) {
            // Two calls for one message could leave half of it sent; the caller decides.
            return Optional.of(name + " attachments have no caption: send the text as a "
                    + "message of its own");
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
