package io.outeract.command.subscription;

import java.util.UUID;

/**
 * A claimed delivery. {@code attempt} numbers this attempt among all of the delivery's;
 * {@code roundAttempt} among those since it was queued or last redelivered, which is what the
 * retry schedule counts.
 */
record QueuedDelivery(
        UUID deliveryId,
        UUID subscriptionId,
        UUID applicationId,
        UUID eventId,
        String eventType,
        String body,
        String url,
        int attempt,
        int roundAttempt) {

    /** The Standard Webhooks message id: the same for every attempt of the same event. */
    String webhookId() {
        return "msg_" + eventId;
    }
}
