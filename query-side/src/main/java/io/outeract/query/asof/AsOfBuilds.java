package io.outeract.query.asof;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.query.asof.AsOfSnapshot.Status;
import io.outeract.query.eventgraph.EventPositions;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds snapshots of the read models as of an instant, one at a time on a background thread,
 * and drops them. A build that the server's stop interrupts is marked failed and its schema
 * dropped, on this stop or at the next start; it is not resumed: building again is as cheap.
 */
@Component
public class AsOfBuilds {

    private static final Logger log = LoggerFactory.getLogger(AsOfBuilds.class);

    private final EventStore events;
    private final AsOfSnapshots snapshots;
    private final SchemaScopedJdbc scoped;
    private final NamedParameterJdbcTemplate live;
    private final ObjectMapper json;
    private final EventStoreNames names;
    private final int batchSize;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "asof-build");
        thread.setDaemon(true);
        return thread;
    });

    public AsOfBuilds(EventStore events, AsOfSnapshots snapshots, DataSource dataSource,
            ObjectMapper objectMapper, EventStoreNames names,
            @Value("${outeract.asof.batch-size:500}") int batchSize) {
        this.events = events;
        this.snapshots = snapshots;
        this.scoped = new SchemaScopedJdbc(dataSource);
        this.live = new NamedParameterJdbcTemplate(dataSource);
        this.json = objectMapper;
        this.names = names;
        this.batchSize = batchSize;
    }

    /** Records the snapshot as building, and starts its build once earlier ones are done. */
    public AsOfSnapshot build(Instant asOf) {
        if (asOf.isAfter(Instant.now())) {
            throw new IllegalArgumentException("A snapshot is of a past instant; " + asOf
                    + " is still to come");
        }
        UUID id = UUID.randomUUID();
        AsOfSnapshot snapshot = snapshots.begin(id, AsOfSchema.forSnapshot(id), asOf,
                headPosition());
        log.info("As-of snapshot {} of the read models at {} is queued, into schema {}, up to "
                + "event store position {}", id, asOf, snapshot.schemaName(),
                snapshot.headPosition());
        builder.execute(() -> run(snapshot));
        return snapshot;
    }

    /** Drops the schema of a snapshot this table names; nothing else can be dropped here. */
    public AsOfSnapshot drop(UUID id) {
        AsOfSnapshot snapshot = snapshots.find(id).orElseThrow(() ->
                new IllegalArgumentException("No as-of snapshot has the id " + id));
        if (snapshot.status() == Status.BUILDING) {
            throw new IllegalStateException("As-of snapshot " + id + " is still building; "
                    + "drop it once it is ready or failed");
        }
        scoped.inTransaction(snapshot.schema()::drop);
        snapshots.dropped(id);
        log.info("As-of snapshot {} is dropped, with its schema {}", id, snapshot.schemaName());
        return snapshots.find(id).orElseThrow();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void failInterruptedBuilds() {
        for (AsOfSnapshot interrupted : snapshots.failInterrupted()) {
            scoped.inTransaction(interrupted.schema()::drop);
            log.warn("As-of snapshot {} was building when the server stopped; it is marked "
                    + "failed and its schema {} dropped. Build it again if it is still needed",
                    interrupted.id(), interrupted.schemaName());
        }
    }

    @PreDestroy
    void stop() {
        builder.shutdownNow();
    }

    private void run(AsOfSnapshot snapshot) {
        AsOfSchema schema = snapshot.schema();
        try {
            scoped.inTransaction(schema::create);
            long applied = replay().run(schema, snapshot.asOf(), snapshot.headPosition(),
                    count -> snapshots.progress(snapshot.id(), count));
            snapshots.finish(snapshot.id(), Status.READY, null);
            log.info("As-of snapshot {} is ready in schema {}: {} events applied",
                    snapshot.id(), schema.name(), applied);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(snapshot, "The server stopped during the build");
        } catch (RuntimeException e) {
            fail(snapshot, BuildFailure.describe(e));
        }
    }

    private AsOfReplay replay() {
        // Fresh positions: their cache is the replay's, and their look-ups go to the live
        // event store table, outside the snapshot's search path.
        var positions = new EventPositions(
                live, names.table(), names.globalIndex(), names.eventIdentifier());
        return new AsOfReplay(events, scoped,
                AsOfProjections.over(scoped.jdbc(), positions, json), batchSize);
    }

    private void fail(AsOfSnapshot snapshot, String error) {
        try {
            scoped.inTransaction(snapshot.schema()::drop);
        } finally {
            snapshots.finish(snapshot.id(), Status.FAILED, error);
            log.warn("As-of snapshot {} failed and its schema {} is dropped: {}. Build it again "
                    + "once the cause is fixed", snapshot.id(), snapshot.schemaName(), error);
        }
    }

    private long headPosition() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
