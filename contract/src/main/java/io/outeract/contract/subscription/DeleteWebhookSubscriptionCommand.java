package io.outeract.contract.subscription;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete an application's webhook subscription. */
public record DeleteWebhookSubscriptionCommand(
        @TargetAggregateIdentifier UUID subscriptionId,
        UUID applicationId) {
}
