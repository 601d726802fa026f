package io.outeract.contract.connection;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A connection could not be set up; the reason says what the platform answered. */
@Revision("1")
public record ConnectionFailedEvent(
        UUID connectionId, UUID applicationId, String reason, Instant failedAt) {
}
