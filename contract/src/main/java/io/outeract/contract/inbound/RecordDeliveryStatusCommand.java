package io.outeract.contract.inbound;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a platform's report that one of our messages was sent, delivered, read or failed. */
public record RecordDeliveryStatusCommand(
        @TargetAggregateIdentifier UUID eventId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        String dedupeKey,
        DeliveryStatus status,
        Instant occurredAt,
        Instant receivedAt) implements InboundRecord {
}
