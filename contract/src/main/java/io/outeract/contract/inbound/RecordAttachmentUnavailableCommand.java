package io.outeract.contract.inbound;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an attachment could not be downloaded, and will not be tried again. */
public record RecordAttachmentUnavailableCommand(
        @TargetAggregateIdentifier UUID eventId,
        int attachmentIndex,
        String reason,
        Instant at) {
}
