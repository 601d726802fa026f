package io.outeract.contract.identity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A platform user was linked to a user, and is no longer the user it was before. */
@Revision("1")
public record PlatformUserLinkedEvent(
        UUID platformUserId,
        UUID applicationId,
        UUID connectionId,
        UUID userId,
        UUID previousUserId,
        Instant linkedAt) {
}
