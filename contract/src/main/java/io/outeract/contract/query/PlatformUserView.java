package io.outeract.contract.query;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;

/** A person's account on one connection, and the user (identity across platforms) it belongs to. */
public record PlatformUserView(
        UUID id,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        String externalId,
        String displayName,
        String username,
        boolean bot,
        UUID userId,
        Instant firstSeenAt) {
}
