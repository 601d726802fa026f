package io.outeract.contract.organisation;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An application was created inside an organisation. */
@Revision("1")
public record ApplicationCreatedEvent(
        UUID organisationId, UUID applicationId, String name, Instant createdAt) {
}
