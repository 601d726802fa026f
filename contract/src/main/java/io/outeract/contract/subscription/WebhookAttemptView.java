package io.outeract.contract.subscription;

import java.util.UUID;

/** An attempt as the read model keeps it, with what it led to. */
public record WebhookAttemptView(
        UUID deliveryId,
        WebhookAttempt attempt,
        DeliveryOutcome outcome) {
}
