package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the read model keeps it; the secret is not in it. */
public record WebhookSubscriptionView(
        UUID id,
        UUID applicationId,
        String url,
        List<String> eventTypes,
        String description,
        WebhookSubscriptionStatus status,
        DisableReason disabledReason,
        Instant previousSecretValidUntil,
        Instant createdAt,
        Instant updatedAt) {
}
