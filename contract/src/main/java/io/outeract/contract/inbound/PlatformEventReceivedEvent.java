package io.outeract.contract.inbound;

import io.outeract.contract.common.Platform;
import io.outeract.contract.common.PlatformAccount;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A platform delivered an update that is not a message, or one the adapter does not know; it is
 * kept raw, not dropped.
 */
@Revision("1")
public record PlatformEventReceivedEvent(
        UUID eventId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        String dedupeKey,
        String kind,
        PlatformAccount actor,
        String rawPayload,
        Instant occurredAt,
        Instant receivedAt) {
}
