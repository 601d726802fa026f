package io.outeract.contract.subscription;

import java.util.UUID;

/**
 * The application's deliveries, newest first, of one subscription or one event or both (null
 * for any), or the one delivery given; {@code before} is a position from an earlier page.
 */
public record FindWebhookDeliveriesQuery(
        UUID applicationId,
        UUID subscriptionId,
        UUID eventId,
        UUID deliveryId,
        Long before,
        int limit) {
}
