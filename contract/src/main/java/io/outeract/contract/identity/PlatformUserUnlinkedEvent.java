package io.outeract.contract.identity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A platform user's link was undone: it is again the user first created for it. */
@Revision("1")
public record PlatformUserUnlinkedEvent(
        UUID platformUserId,
        UUID applicationId,
        UUID connectionId,
        UUID userId,
        UUID previousUserId,
        Instant unlinkedAt) {
}
