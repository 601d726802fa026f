package io.outeract.query.eventgraph;

import static io.outeract.query.SqlValues.timestamp;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import io.outeract.query.DeferredWrites;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Users: one identity across platforms. A person gets one on their first sighting, with the id
 * {@link DerivedIds#userFirstSeenAs} and the display name of that sighting; bots get none.
 * "First" means the lowest global position, so a replay picks the same sighting.
 */
@Component
@ProcessingGroup("event-graph")
public class UserProjection {

    /**
     * The {@code WITH} creates the user on a first sighting; the {@code UPDATE}, which cannot
     * see a row its own statement created, takes an earlier sighting handled late. See
     * {@link PlatformUserProjection} on why no concurrent creation is missed.
     */
    private static final String RECORD_SIGHTING = """
            WITH created AS (
                INSERT INTO app_user (id, application_id, display_name, created_at,
                    created_position)
                VALUES (:id, :applicationId, :displayName, :seenAt, :position)
                ON CONFLICT (id) DO NOTHING
            )
            UPDATE app_user
            SET display_name = :displayName, created_at = :seenAt, created_position = :position
            WHERE id = :id AND application_id = :applicationId
                AND created_position > :position""";

    private final NamedParameterJdbcTemplate jdbc;
    private final DeferredWrites writes;
    private final EventPositions positions;

    public UserProjection(
            NamedParameterJdbcTemplate jdbc, EventPositions positions, DeferredWrites writes) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    public void on(MessageReceivedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        Sighting.in(event, positions.of(eventId, token), timestamp).forEach(this::record);
    }

    @EventHandler
    public void on(MessageEditedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        Sighting.in(event, positions.of(eventId, token), timestamp).forEach(this::record);
    }

    @EventHandler
    public void on(PlatformEventReceivedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        Sighting.in(event, positions.of(eventId, token), timestamp).forEach(this::record);
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE app_user");
    }

    private void record(Sighting sighting) {
        if (sighting.account().bot()) {
            return;
        }
        writes.add(RECORD_SIGHTING, new MapSqlParameterSource()
                .addValue("id", DerivedIds.userFirstSeenAs(sighting.platformUserId()))
                .addValue("applicationId", sighting.applicationId())
                .addValue("displayName", sighting.account().displayName())
                .addValue("seenAt", timestamp(sighting.seenAt()))
                .addValue("position", sighting.position()));
    }
}
