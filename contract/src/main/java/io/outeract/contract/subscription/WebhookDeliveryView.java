package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.UUID;

/** One event's delivery to one subscription, as of its latest attempt; position pages. */
public record WebhookDeliveryView(
        UUID id,
        UUID subscriptionId,
        UUID applicationId,
        UUID eventId,
        String eventType,
        String status,
        int attempts,
        Integer lastStatusCode,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        long position) {
}
