package io.outeract.contract.organisation;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An organisation was created, with its creator as first member. */
@Revision("1")
public record OrganisationCreatedEvent(
        UUID organisationId, String name, UUID createdBy, Instant createdAt) {
}
