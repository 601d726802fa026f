package io.outeract.contract.organisation;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An application was given a new name. */
@Revision("1")
public record ApplicationRenamedEvent(
        UUID organisationId, UUID applicationId, String name, Instant renamedAt) {
}
