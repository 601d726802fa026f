package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.contract.common.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The media of a message, as Telegram file ids. Content without a file (a location, a contact,
 * a poll) is still named by its kind, so such a message does not look empty.
 */
final class TelegramAttachments {

    private static final List<String> FILE_KINDS = List.of(
            "animation", "audio", "document", "sticker", "video", "video_note", "voice");
    private static final List<String> KINDS_WITHOUT_FILE = List.of(
            "venue", "location", "contact", "poll", "dice");

    private TelegramAttachments() {
    }

    static List<Attachment> of(JsonNode message) {
        List<Attachment> attachments = new ArrayList<>();
        largestPhoto(message.get("photo")).ifPresent(attachments::add);
        for (String kind : FILE_KINDS) {
            JsonNode file = message.get(kind);
            if (file != null && file.isObject() && !isShadow(kind, message)) {
                attachments.add(file(kind, file));
            }
        }
        for (String kind : KINDS_WITHOUT_FILE) {
            if (message.hasNonNull(kind) && !isShadow(kind, message)) {
                attachments.add(new Attachment(kind, null, null, null, null));
            }
        }
        return attachments;
    }

    /**
     * Telegram repeats an animation as a document and a venue as a location, for clients older
     * than those kinds; the repetition is not a second attachment.
     */
    private static boolean isShadow(String kind, JsonNode message) {
        return kind.equals("document") && message.has("animation")
                || kind.equals("location") && message.has("venue");
    }

    /** A photo arrives as several sizes of one picture, smallest first. */
    private static Optional<Attachment> largestPhoto(JsonNode sizes) {
        if (sizes == null || !sizes.isArray() || sizes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(file("photo", sizes.get(sizes.size() - 1)));
    }

    private static Attachment file(String kind, JsonNode file) {
        return new Attachment(
                kind,
                JsonValues.text(file.get("file_id")),
                JsonValues.text(file.get("mime_type")),
                JsonValues.text(file.get("file_name")),
                JsonValues.wholeNumber(file.get("file_size")));
    }
}
