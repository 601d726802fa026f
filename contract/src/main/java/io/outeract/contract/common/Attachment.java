package io.outeract.contract.common;

/**
 * A media item of a message, kept as the platform's reference to it (a Telegram {@code file_id},
 * say), not as bytes.
 */
public record Attachment(
        String kind, String platformFileId, String mimeType, String fileName, Long sizeBytes) {
}
