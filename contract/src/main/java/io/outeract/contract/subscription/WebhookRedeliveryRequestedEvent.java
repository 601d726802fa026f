package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The application asked for a delivery again; a new round of attempts starts at once. */
@Revision("1")
public record WebhookRedeliveryRequestedEvent(
        UUID deliveryId,
        UUID subscriptionId,
        UUID applicationId,
        Instant requestedAt) {
}
