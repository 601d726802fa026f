package io.outeract.contract.subscription;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deliver one event to its subscription again, at once, with a fresh round of retries. */
public record RedeliverWebhookCommand(
        @TargetAggregateIdentifier UUID deliveryId,
        UUID applicationId) {
}
