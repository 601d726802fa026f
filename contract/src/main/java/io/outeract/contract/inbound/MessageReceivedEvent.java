package io.outeract.contract.inbound;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A platform delivered a message to a connection. */
@Revision("2")
public record MessageReceivedEvent(
        UUID eventId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        String dedupeKey,
        ReceivedMessage message,
        Instant occurredAt,
        Instant receivedAt) {
}
