package io.outeract.command.subscription;

import java.time.Instant;
import java.util.UUID;

/** A domain event as webhooks carry it: its dotted type, its time and its payload record. */
record DeliverableEvent(
        UUID eventId,
        UUID applicationId,
        String type,
        Instant occurredAt,
        Object payload) {
}
