package io.outeract.query.asof;

import io.outeract.contract.query.EventPage;
import io.outeract.contract.query.FindEventsQuery;
import io.outeract.contract.query.FindPlatformUsersQuery;
import io.outeract.contract.query.FindUsersQuery;
import io.outeract.contract.query.PlatformUserView;
import io.outeract.contract.query.UserView;
import io.outeract.query.asof.AsOfSnapshot.Status;
import io.outeract.query.eventgraph.EventQueries;
import io.outeract.query.eventgraph.UserQueries;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The live query handlers, run against a ready snapshot's schema: the same SQL, the same
 * shapes, and the same tenancy, since every query names its application.
 */
@Component
public class AsOfQueries {

    private final AsOfSnapshots snapshots;
    private final SchemaScopedJdbc scoped;
    private final EventQueries events;
    private final UserQueries users;

    public AsOfQueries(AsOfSnapshots snapshots, DataSource dataSource) {
        this.snapshots = snapshots;
        this.scoped = new SchemaScopedJdbc(dataSource);
        this.events = new EventQueries(scoped.jdbc());
        this.users = new UserQueries(scoped.jdbc());
    }

    public EventPage events(UUID snapshotId, FindEventsQuery query) {
        return scoped.read(readySchema(snapshotId), () -> events.handle(query));
    }

    public List<UserView> users(UUID snapshotId, FindUsersQuery query) {
        return scoped.read(readySchema(snapshotId), () -> users.handle(query));
    }

    public List<PlatformUserView> platformUsers(UUID snapshotId, FindPlatformUsersQuery query) {
        return scoped.read(readySchema(snapshotId), () -> users.handle(query));
    }

    private AsOfSchema readySchema(UUID snapshotId) {
        AsOfSnapshot snapshot = snapshots.find(snapshotId).orElseThrow(() ->
                new IllegalArgumentException("No as-of snapshot has the id " + snapshotId));
        if (snapshot.status() != Status.READY) {
            throw new IllegalStateException("As-of snapshot " + snapshotId + " is "
                    + snapshot.status().wireName() + ", not ready");
        }
        return snapshot.schema();
    }
}
