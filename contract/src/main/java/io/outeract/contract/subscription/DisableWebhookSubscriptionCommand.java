package io.outeract.contract.subscription;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop calling an endpoint that is gone or has failed for too long. */
public record DisableWebhookSubscriptionCommand(
        @TargetAggregateIdentifier UUID subscriptionId,
        UUID applicationId,
        DisableReason reason) {
}
