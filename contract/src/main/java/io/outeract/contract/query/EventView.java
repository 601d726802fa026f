package io.outeract.contract.query;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;

/** One event of an application, as the Developer API shows it. Position orders the history. */
public record EventView(
        UUID id,
        UUID applicationId,
        String eventType,
        UUID connectionId,
        Platform platform,
        String payloadJson,
        Instant createdAt,
        long position) {
}
