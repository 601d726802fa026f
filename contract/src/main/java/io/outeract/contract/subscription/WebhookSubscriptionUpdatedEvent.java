package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An endpoint's URL, filters or description changed; the event carries all three as now. */
@Revision("1")
public record WebhookSubscriptionUpdatedEvent(
        UUID subscriptionId,
        UUID applicationId,
        String url,
        List<String> eventTypes,
        String description,
        Instant updatedAt) {
}
