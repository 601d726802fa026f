package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageTemplate;
import java.util.Set;

/**
 * The JSON body of a {@code POST /{phone-number-id}/messages}: a text, a media item by link or
 * by uploaded id, or a template, optionally quoting a message of the chat. Limits WhatsApp
 * states are checked here, so that a message it would refuse is failed before it is sent.
 */
final class WhatsAppRequests {

    static final int MAX_TEXT_CHARACTERS = 4096;
    static final int MAX_CAPTION_CHARACTERS = 1024;

    private static final Set<String> MEDIA_KINDS =
            Set.of("image", "video", "audio", "document", "sticker");
    private static final Set<String> CAPTIONED_KINDS = Set.of("image", "video", "document");

    private final ObjectMapper json;

    WhatsAppRequests(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The body to send. A media item to upload comes without its id, which
     * {@link #useUploadedMedia} adds once WhatsApp has named it.
     */
    ObjectNode build(OutgoingMessage message) throws UnsendableMessageException {
        if (message.externalChatId() == null || message.externalChatId().isBlank()) {
            throw new UnsendableMessageException(
                    "A WhatsApp message needs the number to send it to");
        }
        ObjectNode body = json.createObjectNode()
                .put("messaging_product", "whatsapp")
                .put("recipient_type", "individual")
                .put("to", message.externalChatId());
        if (message.replyToExternalMessageId() != null) {
            body.putObject("context").put("message_id", message.replyToExternalMessageId());
        }

        if (message.hasTemplate()) {
            template(body, message.template());
        } else if (message.hasMedia()) {
            media(body, message);
        } else {
            text(body, message.text());
        }
        return body;
    }

    /** Whether the body names its media by an id that an upload is yet to give. */
    static boolean sendsUploadedMedia(OutgoingMessage message) {
        return !message.hasTemplate() && message.hasMedia() && message.upload() != null;
    }

    static void useUploadedMedia(ObjectNode body, String mediaId) {
        ((ObjectNode) body.get(body.get("type").asText())).put("id", mediaId);
    }

    private static void text(ObjectNode body, String text) throws UnsendableMessageException {
        if (text == null || text.isBlank()) {
            throw new UnsendableMessageException(
                    "A WhatsApp message needs a text, a media item or a template");
        }
        requireAtMost(MAX_TEXT_CHARACTERS, text, "text");
        // Outeract sends what it was given; a preview would add content nobody asked for.
        body.put("type", "text").putObject("text")
                .put("preview_url", false)
                .put("body", text);
    }

    private static void media(ObjectNode body, OutgoingMessage message)
            throws UnsendableMessageException {
        MediaReference media = message.media();
        String kind = media.kind();
        if (kind == null || !MEDIA_KINDS.contains(kind)) {
            throw new UnsendableMessageException("WhatsApp sends media of the kinds "
                    + MEDIA_KINDS + ", not '" + kind + "'");
        }
        ObjectNode item = body.put("type", kind).putObject(kind);

        source(item, kind, message);
        caption(item, kind, media.caption() != null ? media.caption() : message.text());
        String fileName = media.fileName() != null || message.upload() == null
                ? media.fileName()
                : message.upload().fileName();
        if (kind.equals("document") && fileName != null) {
            item.put("filename", fileName);
        }
    }

    /** A link now, or a media id once the stored file is uploaded. */
    private static void source(ObjectNode item, String kind, OutgoingMessage message)
            throws UnsendableMessageException {
        if (message.upload() != null) {
            if (isBlank(message.upload().mimeType())) {
                throw new UnsendableMessageException("WhatsApp needs the media type of the "
                        + "stored file to upload");
            }
            return;
        }
        if (isBlank(message.media().url())) {
            throw new UnsendableMessageException("The " + kind + " has neither a link nor "
                    + "a stored file handed over to upload");
        }
        item.put("link", message.media().url());
    }

    private static void caption(ObjectNode item, String kind, String caption)
            throws UnsendableMessageException {
        if (isBlank(caption)) {
            return;
        }
        if (!CAPTIONED_KINDS.contains(kind)) {
            throw new UnsendableMessageException("WhatsApp shows no caption under " + kind
                    + " messages; send the text on its own");
        }
        requireAtMost(MAX_CAPTION_CHARACTERS, caption, "caption");
        item.put("caption", caption);
    }

    private void template(ObjectNode body, MessageTemplate template)
            throws UnsendableMessageException {
        if (isBlank(template.name()) || isBlank(template.language())) {
            throw new UnsendableMessageException("A WhatsApp template needs its name and "
                    + "language code");
        }
        ObjectNode item = body.put("type", "template").putObject("template")
                .put("name", template.name());
        item.putObject("language").put("code", template.language());
        if (!isBlank(template.componentsJson())) {
            item.set("components", components(template.componentsJson()));
        }
    }

    private JsonNode components(String componentsJson) throws UnsendableMessageException {
        JsonNode components;
        try {
            components = json.readTree(componentsJson);
        } catch (JsonProcessingException unreadable) {
            components = null;
        }
        if (components == null || !components.isArray()) {
            throw new UnsendableMessageException(
                    "A WhatsApp template's components are a JSON array");
        }
        return components;
    }

    // WhatsApp counts characters as people see them, so a surrogate pair counts once.
    private static void requireAtMost(int limit, String text, String what)
            throws UnsendableMessageException {
        int characters = text.codePointCount(0, text.length());
        if (characters > limit) {
            throw new UnsendableMessageException("A WhatsApp " + what + " is at most " + limit
                    + " characters; this one has " + characters);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
