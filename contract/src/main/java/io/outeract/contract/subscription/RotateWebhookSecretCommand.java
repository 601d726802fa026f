package io.outeract.contract.subscription;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sign with a new secret from now on, and with the old one too for {@code gracePeriod}. */
public record RotateWebhookSecretCommand(
        @TargetAggregateIdentifier UUID subscriptionId,
        UUID applicationId,
        String signingSecret,
        Duration gracePeriod) {

    @Override
    public String toString() {
        return "RotateWebhookSecretCommand[subscriptionId=" + subscriptionId
                + ", applicationId=" + applicationId + ", signingSecret=<hidden>]";
    }
}
