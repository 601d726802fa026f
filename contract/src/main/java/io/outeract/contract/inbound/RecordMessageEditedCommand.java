package io.outeract.contract.inbound;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the author of an earlier message changed it. */
public record RecordMessageEditedCommand(
        @TargetAggregateIdentifier UUID eventId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        String dedupeKey,
        ReceivedMessage message,
        Instant editedAt,
        Instant receivedAt) implements InboundRecord {
}
