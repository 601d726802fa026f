package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The endpoint is called again, from where its queue stood. */
@Revision("1")
public record WebhookSubscriptionResumedEvent(
        UUID subscriptionId,
        UUID applicationId,
        Instant resumedAt) {
}
