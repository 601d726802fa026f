package io.outeract.query.eventgraph;

import org.axonframework.eventhandling.TrackingToken;

/** The global position of the event being handled, which orders the whole history. */
final class EventPosition {

    private EventPosition() {
    }

    static long of(TrackingToken token) {
        if (token == null || token.position().isEmpty()) {
            throw new IllegalStateException("The event-graph projections need a streaming "
                    + "processor: their rows are ordered by the event's global position");
        }
        return token.position().getAsLong();
    }
}
