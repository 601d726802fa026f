package io.outeract.contract.common;

/**
 * A media item of a message, kept as the platform's reference to it (a Telegram {@code file_id},
 * a WhatsApp media id), not as bytes. {@code url} is where the platform serves it, when the
 * webhook says; {@code sha256} is the platform's checksum as it gave it (WhatsApp: base64).
 */
public record Attachment(
        String kind,
        String platformFileId,
        String mimeType,
        String fileName,
        Long sizeBytes,
        String url,
        String sha256) {

    public Attachment(
            String kind, String platformFileId, String mimeType, String fileName, Long sizeBytes) {
        this(kind, platformFileId, mimeType, fileName, sizeBytes, null, null);
    }
}
