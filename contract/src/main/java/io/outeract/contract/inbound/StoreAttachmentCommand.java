package io.outeract.contract.inbound;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an attachment of an inbound message is now a file in Outeract's storage. */
public record StoreAttachmentCommand(
        @TargetAggregateIdentifier UUID eventId,
        int attachmentIndex,
        UUID fileId,
        String mimeType,
        long sizeBytes,
        String sha256Hex,
        Instant storedAt,
        String fileName) {
}
