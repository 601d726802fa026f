package io.outeract.contract.outbound;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A send attempt failed for a passing reason (rate limit, outage); another is due at retryAt. */
@Revision("1")
public record MessageSendRetryScheduledEvent(
        UUID messageId,
        UUID applicationId,
        UUID connectionId,
        int attempt,
        SendError error,
        Instant retryAt,
        Instant scheduledAt) {
}
