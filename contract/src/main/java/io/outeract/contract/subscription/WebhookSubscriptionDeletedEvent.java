package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The subscription was deleted; nothing more is delivered to it. */
@Revision("1")
public record WebhookSubscriptionDeletedEvent(
        UUID subscriptionId,
        UUID applicationId,
        Instant deletedAt) {
}
