package io.outeract.query.asof;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.query.eventgraph.EventPositions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * An in-memory event store whose events carry the timestamps a test gives them, and the live
 * read models, kept by the projections as Axon would hand them each event.
 */
final class History implements AutoCloseable {

    final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final List<EventMessageHandler> live;
    private long projected = -1;

    History(NamedParameterJdbcTemplate jdbc) {
        this.live = AsOfProjections.over(jdbc, new EventPositions(
                jdbc, "domain_event_entry", "global_index", "event_identifier"),
                new ObjectMapper());
    }

    void record(Instant at, Object payload) {
        store.publish(new GenericDomainEventMessage<>("Test", UUID.randomUUID().toString(), 0,
                payload, java.util.Map.of(), UUID.randomUUID().toString(), at));
    }

    /** Hands the live projections every event they have not had yet. */
    void projectLive() throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                long position = event.trackingToken().position().orElseThrow();
                if (position > projected) {
                    for (EventMessageHandler projection : live) {
                        if (projection.canHandle(event)) {
                            projection.handle(event);
                        }
                    }
                    projected = position;
                }
            }
        }
    }

    @Override
    public void close() {
        store.shutDown();
    }
}
