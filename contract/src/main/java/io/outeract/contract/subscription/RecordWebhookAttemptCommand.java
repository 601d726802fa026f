package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an attempt to deliver one event to one subscription, and what follows from it. */
public record RecordWebhookAttemptCommand(
        @TargetAggregateIdentifier UUID deliveryId,
        UUID subscriptionId,
        UUID applicationId,
        UUID eventId,
        String eventType,
        WebhookAttempt attempt,
        DeliveryOutcome outcome,
        Instant nextAttemptAt) {
}
