package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.contract.common.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attachments of a message, each kept by the signed CDN URL Meta gave (there is no media id
 * to resolve later) and, for reels, posts and stickers, the id Meta names them by.
 */
final class MessagingAttachments {

    /** Fields of an attachment's payload that name what it shows, in the order they are read. */
    private static final List<String> ID_FIELDS =
            List.of("reel_video_id", "ig_post_media_id", "sticker_id", "attachment_id");

    private MessagingAttachments() {
    }

    static List<Attachment> of(JsonNode message) {
        List<JsonNode> given = MessagingJson.array(message, "attachments", "a message");
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode attachment : given) {
            String type = MessagingJson.text(attachment.get("type"));
            if (!isRepeat(type, message, given)) {
                attachments.add(read(type, attachment.path("payload")));
            }
        }
        storyRepliedTo(message).ifPresent(attachments::add);
        return attachments;
    }

    /**
     * The story a message replies to, kept as an attachment named by the story's id: its URL is
     * the only way to see what was replied to, and it dies with the story. A story is not a
     * message, so it is not the message's replyTo.
     */
    private static Optional<Attachment> storyRepliedTo(JsonNode message) {
        JsonNode story = message.path("reply_to").path("story");
        if (!story.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Attachment("story", MessagingJson.id(story.get("id")),
                null, null, null, MessagingJson.text(story.get("url")), null));
    }

    /**
     * Meta sends one thing twice while it changes formats: a sticker as an image and a sticker
     * (until 30 Aug 2026), a shared post as a share and an ig_post (from 3 Nov 2025). The older
     * form is the repeat.
     */
    private static boolean isRepeat(String type, JsonNode message, List<JsonNode> attachments) {
        return "image".equals(type) && message.has("sticker_id") && hasType(attachments, "sticker")
                || "share".equals(type) && hasType(attachments, "ig_post");
    }

    private static boolean hasType(List<JsonNode> attachments, String type) {
        return attachments.stream()
                .anyMatch(attachment -> type.equals(MessagingJson.text(attachment.get("type"))));
    }

    private static Attachment read(String type, JsonNode payload) {
        String id = null;
        for (String field : ID_FIELDS) {
            id = id != null ? id : MessagingJson.id(payload.get(field));
        }
        return new Attachment(type != null ? type : "unknown", id, null, null, null,
                MessagingJson.text(payload.get("url")), null);
    }
}
