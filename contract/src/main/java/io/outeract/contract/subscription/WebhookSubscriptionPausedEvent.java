package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Calls to the endpoint stopped; its deliveries wait in the queue. */
@Revision("1")
public record WebhookSubscriptionPausedEvent(
        UUID subscriptionId,
        UUID applicationId,
        Instant pausedAt) {
}
