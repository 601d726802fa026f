package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An event was offered to an endpoint once. {@code nextAttemptAt} is set when the outcome is
 * RETRY_SCHEDULED.
 */
@Revision("1")
public record WebhookDeliveryAttemptedEvent(
        UUID deliveryId,
        UUID subscriptionId,
        UUID applicationId,
        UUID eventId,
        String eventType,
        WebhookAttempt attempt,
        DeliveryOutcome outcome,
        Instant nextAttemptAt) {
}
