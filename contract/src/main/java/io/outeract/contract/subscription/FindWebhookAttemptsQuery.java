package io.outeract.contract.subscription;

import java.util.UUID;

/** Every attempt of one delivery of the application, in the order they were made. */
public record FindWebhookAttemptsQuery(UUID applicationId, UUID deliveryId) {
}
