package io.outeract.contract.subscription;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A new signing secret signs from now on; the old one signs too until the time given. */
@Revision("1")
public record WebhookSecretRotatedEvent(
        UUID subscriptionId,
        UUID applicationId,
        Instant previousSecretValidUntil,
        Instant rotatedAt) {
}
