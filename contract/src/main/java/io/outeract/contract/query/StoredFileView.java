package io.outeract.contract.query;

import java.time.Instant;
import java.util.UUID;

/** A file Outeract keeps of an inbound attachment: whose it is and what it holds. */
public record StoredFileView(
        UUID fileId,
        UUID applicationId,
        UUID eventId,
        int attachmentIndex,
        String mimeType,
        long sizeBytes,
        String sha256Hex,
        Instant storedAt,
        String fileName) {
}
