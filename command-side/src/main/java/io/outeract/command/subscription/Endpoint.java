package io.outeract.command.subscription;

import io.outeract.contract.subscription.WebhookSubscriptionStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription's row as the queue and the dispatcher read it; the secrets stay sealed. */
record Endpoint(
        UUID subscriptionId,
        UUID applicationId,
        String url,
        List<String> eventTypes,
        WebhookSubscriptionStatus status,
        Instant createdAt) {
}
