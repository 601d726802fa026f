package io.outeract.contract.connection;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A connection was disconnected and its credentials erased. */
@Revision("1")
public record PlatformDisconnectedEvent(
        UUID connectionId, UUID applicationId, Instant disconnectedAt) {
}
