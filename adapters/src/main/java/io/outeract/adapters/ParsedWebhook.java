package io.outeract.adapters;

import java.util.List;

/**
 * The items a delivery carried (Telegram sends one per request, Meta several), and the files it
 * carried whole, such as an email's attachments: those are kept in file storage before the
 * delivery is acknowledged, since no platform will hand them out again.
 */
public record ParsedWebhook(List<InboundItem> items, List<InlineFile> files) {

    public ParsedWebhook {
        items = List.copyOf(items);
        files = List.copyOf(files);
    }

    public ParsedWebhook(List<InboundItem> items) {
        this(items, List.of());
    }

    /**
     * A file that came inside the delivery. Its {@code reference} is the
     * {@link io.outeract.contract.common.Attachment#platformFileId()} of the attachment it is.
     */
    public record InlineFile(String reference, String mimeType, String fileName, byte[] bytes) {

        @Override
        public String toString() {
            return "InlineFile[" + reference + ", " + mimeType + ", " + bytes.length + " bytes]";
        }
    }
}
