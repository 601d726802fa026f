package io.outeract.contract.inbound;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a message that a platform delivered to a connection. */
public record RecordMessageReceivedCommand(
        @TargetAggregateIdentifier UUID eventId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        String dedupeKey,
        ReceivedMessage message,
        Instant occurredAt,
        Instant receivedAt) implements InboundRecord {
}
