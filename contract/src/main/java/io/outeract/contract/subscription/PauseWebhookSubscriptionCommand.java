package io.outeract.contract.subscription;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pause an application's webhook subscription. */
public record PauseWebhookSubscriptionCommand(
        @TargetAggregateIdentifier UUID subscriptionId,
        UUID applicationId) {
}
