package io.outeract.query.asof;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the history from its start to a head position into one as-of schema, applying the
 * events whose timestamp is at or before the instant, in global order. It holds one batch at a
 * time; each batch is one unit of work and one transaction, so the projections' deferred
 * writes go out as one JDBC batch per statement, as they do live.
 */
final class AsOfReplay {

    private static final Logger log = LoggerFactory.getLogger(AsOfReplay.class);

    /** How long the event store may give nothing before the head is reached. */
    private static final long STALL_SECONDS = 60;

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final SchemaScopedJdbc jdbc;
    private final List<EventMessageHandler> projections;
    private final int batchSize;

    AsOfReplay(StreamableMessageSource<TrackedEventMessage<?>> events, SchemaScopedJdbc jdbc,
            List<EventMessageHandler> projections, int batchSize) {
        this.events = events;
        this.jdbc = jdbc;
        this.projections = projections;
        this.batchSize = batchSize;
    }

    /**
     * Returns how many events were applied, and tells {@code progress} after each batch.
     * Events past {@code headPosition} committed after the build began and are left out.
     */
    long run(AsOfSchema schema, Instant asOf, long headPosition, LongConsumer progress)
            throws InterruptedException {
        long applied = 0;
        List<EventMessage<?>> batch = new ArrayList<>(batchSize);
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            long position = -1;
            while (position < headPosition) {
                TrackedEventMessage<?> event = next(stream, position, headPosition);
                position = positionOf(event);
                if (position > headPosition) {
                    break;
                }
                if (!event.getTimestamp().isAfter(asOf)) {
                    batch.add(event);
                }
                if (batch.size() == batchSize) {
                    applied += apply(schema, batch);
                    progress.accept(applied);
                }
            }
        }
        applied += apply(schema, batch);
        progress.accept(applied);
        return applied;
    }

    private static TrackedEventMessage<?> next(BlockingStream<TrackedEventMessage<?>> stream,
            long position, long headPosition) throws InterruptedException {
        if (!stream.hasNextAvailable((int) STALL_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The event store gave no event after position "
                    + position + " for " + STALL_SECONDS + " s, short of the head at "
                    + headPosition);
        }
        return stream.nextAvailable();
    }

    private static long positionOf(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow(() -> new IllegalStateException(
                "Event " + event.getIdentifier() + " has a token without a position"));
    }

    /** One transaction; the unit of work commits first, which flushes the deferred writes. */
    private int apply(AsOfSchema schema, List<EventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int size = batch.size();
        jdbc.write(schema, () -> {
            DefaultUnitOfWork<EventMessage<?>> unit = DefaultUnitOfWork.startAndGet(batch.get(0));
            for (EventMessage<?> event : batch) {
                try {
                    handle(event);
                } catch (Exception e) {
                    if (unreadable(e)) {
                        // Live, the event graph parks such an event as a dead letter and its
                        // read models go on without it; so does the snapshot.
                        log.warn("Skipped event {} ({}) in the snapshot: its payload no longer "
                                + "reads as its type", event.getIdentifier(),
                                event.getPayloadType().getSimpleName());
                        continue;
                    }
                    unit.rollback(e);
                    throw new IllegalStateException("Event " + event.getIdentifier() + " ("
                            + event.getPayloadType().getSimpleName() + ") could not be applied",
                            e);
                }
            }
            unit.commit();
        });
        batch.clear();
        return size;
    }

    private static boolean unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    private void handle(EventMessage<?> event) throws Exception {
        for (EventMessageHandler projection : projections) {
            if (projection.canHandle(event)) {
                projection.handle(event);
            }
        }
    }
}
