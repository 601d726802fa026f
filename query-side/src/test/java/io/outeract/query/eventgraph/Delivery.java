package io.outeract.query.eventgraph;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * What Axon passes along with an event: its message identifier, the tracking token of its
 * global position, and when it was stored. Positions are unique across the whole test run, as
 * the event table requires.
 */
record Delivery(String messageId, TrackingToken token, Instant timestamp) {

    static final Instant STORED_AT = Instant.parse("2025-03-01T12:00:00Z");

    private static final AtomicLong POSITIONS = new AtomicLong();

    static Delivery next() {
        return new Delivery(UUID.randomUUID().toString(),
                new GlobalSequenceTrackingToken(POSITIONS.incrementAndGet()), STORED_AT);
    }

    long position() {
        return token.position().getAsLong();
    }

    UUID eventId() {
        return UUID.fromString(messageId);
    }
}
