package io.outeract.contract.inbound;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An attachment of an inbound message was downloaded from its platform and is now a file in
 * Outeract's storage: the message event stays as it was received, and this one refers to it.
 */
@Revision("1")
public record AttachmentStoredEvent(
        UUID eventId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        int attachmentIndex,
        UUID fileId,
        String mimeType,
        long sizeBytes,
        String sha256Hex,
        Instant storedAt,
        String fileName) {

    /** As stored before file names were kept. */
    public AttachmentStoredEvent(UUID eventId, UUID applicationId, UUID connectionId,
            Platform platform, int attachmentIndex, UUID fileId, String mimeType, long sizeBytes,
            String sha256Hex, Instant storedAt) {
        this(eventId, applicationId, connectionId, platform, attachmentIndex, fileId, mimeType,
                sizeBytes, sha256Hex, storedAt, null);
    }
}
