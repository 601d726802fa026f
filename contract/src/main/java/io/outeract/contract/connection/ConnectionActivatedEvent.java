package io.outeract.contract.connection;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A connection went live: the platform accepted its webhook. */
@Revision("1")
public record ConnectionActivatedEvent(UUID connectionId, UUID applicationId, Instant activatedAt) {
}
