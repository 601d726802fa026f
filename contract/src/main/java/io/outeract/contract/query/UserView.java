package io.outeract.contract.query;

import java.time.Instant;
import java.util.UUID;

/** A person, one identity across every platform they wrote on. */
public record UserView(UUID id, UUID applicationId, String displayName, Instant createdAt) {
}
