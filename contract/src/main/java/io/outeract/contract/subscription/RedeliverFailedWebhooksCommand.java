package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.UUID;

/** Deliver again every delivery of a subscription that failed for good since {@code since}. */
public record RedeliverFailedWebhooksCommand(
        UUID subscriptionId,
        UUID applicationId,
        Instant since) {
}
