package io.outeract.contract.subscription;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change an endpoint's URL, filters or description; a null value is left as it is. */
public record UpdateWebhookSubscriptionCommand(
        @TargetAggregateIdentifier UUID subscriptionId,
        UUID applicationId,
        String url,
        List<String> eventTypes,
        String description) {
}
