package io.outeract.contract.inbound;

import io.outeract.contract.common.Platform;
import io.outeract.contract.common.PlatformAccount;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record an update that is not a message (a button press, a reaction) or that the adapter does not
 * know, kept raw.
 */
public record RecordPlatformEventCommand(
        @TargetAggregateIdentifier UUID eventId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        String dedupeKey,
        String kind,
        PlatformAccount actor,
        String rawPayload,
        Instant occurredAt,
        Instant receivedAt) implements InboundRecord {
}
