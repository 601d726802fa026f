package io.outeract.contract.organisation;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An organisation was given a new name. */
@Revision("1")
public record OrganisationRenamedEvent(UUID organisationId, String name, Instant renamedAt) {
}
