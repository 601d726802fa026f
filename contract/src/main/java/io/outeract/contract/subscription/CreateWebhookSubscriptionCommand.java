package io.outeract.contract.subscription;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Subscribe an endpoint to event types; the signing secret is stored encrypted, never logged. */
public record CreateWebhookSubscriptionCommand(
        @TargetAggregateIdentifier UUID subscriptionId,
        UUID applicationId,
        String url,
        List<String> eventTypes,
        String description,
        String signingSecret) {

    @Override
    public String toString() {
        return "CreateWebhookSubscriptionCommand[subscriptionId=" + subscriptionId
                + ", applicationId=" + applicationId + ", signingSecret=<hidden>]";
    }
}
