package io.outeract.contract.inbound;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The author of an earlier message changed it; the message holds its new content. */
@Revision("2")
public record MessageEditedEvent(
        UUID eventId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        String dedupeKey,
        ReceivedMessage message,
        Instant editedAt,
        Instant receivedAt) {
}
