package io.outeract.contract.query;

import java.time.Instant;
import java.util.UUID;

/** An organisation, as the Admin API shows it. */
public record OrganisationView(UUID id, String name, Instant createdAt) {
}
