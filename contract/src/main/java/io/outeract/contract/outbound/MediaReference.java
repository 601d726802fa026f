package io.outeract.contract.outbound;

/**
 * A media item to send: by a public {@code url}, or by {@code fileId}, a file in Outeract's file
 * storage, whose {@code mimeType} the API fills in from the stored file. {@code kind} is image,
 * video, audio, document or sticker.
 */
public record MediaReference(
        String kind, String url, String fileId, String caption, String fileName,
        String mimeType) {

    public MediaReference(
            String kind, String url, String fileId, String caption, String fileName) {
        this(kind, url, fileId, caption, fileName, null);
    }
}
