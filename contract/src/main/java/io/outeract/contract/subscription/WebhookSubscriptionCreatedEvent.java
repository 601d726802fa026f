package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An endpoint was subscribed. Its signing secret was shown once and is in no event. */
@Revision("1")
public record WebhookSubscriptionCreatedEvent(
        UUID subscriptionId,
        UUID applicationId,
        String url,
        List<String> eventTypes,
        String description,
        Instant createdAt) {
}
