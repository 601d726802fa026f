package io.outeract.contract.query;

import java.time.Instant;
import java.util.UUID;

/** An application of an organisation, as the Admin API shows it. */
public record ApplicationView(UUID id, UUID organisationId, String name, Instant createdAt) {
}
