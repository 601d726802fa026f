package io.outeract.contract.subscription;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resume an application's webhook subscription. */
public record ResumeWebhookSubscriptionCommand(
        @TargetAggregateIdentifier UUID subscriptionId,
        UUID applicationId) {
}
