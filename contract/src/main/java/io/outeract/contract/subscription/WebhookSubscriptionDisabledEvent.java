package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Outeract stopped calling the endpoint on its own, for the reason given. */
@Revision("1")
public record WebhookSubscriptionDisabledEvent(
        UUID subscriptionId,
        UUID applicationId,
        DisableReason reason,
        Instant disabledAt) {
}
