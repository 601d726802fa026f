package io.outeract.query.eventgraph;

import static io.outeract.query.SqlValues.timestamp;
import static io.outeract.query.SqlValues.wireName;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.common.EventTypes;
import io.outeract.contract.identity.PlatformUserLinkedEvent;
import io.outeract.contract.identity.PlatformUserUnlinkedEvent;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import io.outeract.query.DeferredWrites;
import java.time.Instant;
import java.util.UUID;
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
 * The platform users inbound events reveal, one per account on a connection. A person's first
 * sighting gives them a user of their own ({@link UserProjection}); bots get none.
 *
 * <p>Writes take no row lock unless something changes: an upsert's {@code DO UPDATE} locks the
 * row even when its {@code WHERE} declines, and the bot of a connection is in every message.
 */
@Component
@ProcessingGroup("event-graph")
public class PlatformUserProjection {

    /**
     * One round trip per sighting: the {@code WITH} creates the platform user if it is new, and
     * the {@code UPDATE}, which cannot see a row created by its own statement, corrects an
     * existing one. A sighting earlier than the row's first one moves {@code first_seen_*}
     * back; a sighting that is the newest so far by position brings its names. The newest
     * so far is told by the newest participation in an event that carries names (a send
     * request carries none). Both conditions are false for the usual, in-order sighting with
     * unchanged names: then nothing is written and nothing is locked.
     *
     * <p>Two segments never write one platform user at once ({@link EventGraphSequencingPolicy}),
     * so a row created by a concurrent transaction after this statement's snapshot, which the
     * {@code UPDATE} would miss, does not occur.
     */
    private static final String RECORD_SIGHTING = """
            WITH created AS (
                INSERT INTO platform_user (id, application_id, connection_id, platform,
                    external_id, display_name, username, bot, user_id,
                    first_seen_at, first_seen_position)
                VALUES (:id, :applicationId, :connectionId, :platform,
                    :externalId, :displayName, :username, :bot, :userId,
                    :seenAt, :position)
                ON CONFLICT DO NOTHING
            ), newest AS (
                SELECT NOT EXISTS (
                    SELECT 1 FROM event_participant p JOIN event e ON e.id = p.event_id
                    WHERE p.application_id = :applicationId AND p.platform_user_id = :id
                        AND p.position > :position AND e.event_type <> :nameless) AS sighting
            )
            UPDATE platform_user u SET
                first_seen_at = CASE WHEN u.first_seen_position > :position
                    THEN :seenAt ELSE u.first_seen_at END,
                first_seen_position = LEAST(u.first_seen_position, :position),
                display_name = CASE WHEN n.sighting THEN :displayName ELSE u.display_name END,
                username = CASE WHEN n.sighting THEN :username ELSE u.username END
            FROM newest n
            WHERE u.id = :id AND u.application_id = :applicationId
                AND (u.first_seen_position > :position
                    OR (n.sighting AND (u.display_name, u.username) IS DISTINCT FROM
                        (CAST(:displayName AS text), CAST(:username AS text))))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final DeferredWrites writes;
    private final EventPositions positions;

    public PlatformUserProjection(
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

    /** The platform user is now that user; its events follow it there. */
    @EventHandler
    public void on(PlatformUserLinkedEvent event) {
        relink(event.platformUserId(), event.applicationId(), event.userId());
    }

    @EventHandler
    public void on(PlatformUserUnlinkedEvent event) {
        relink(event.platformUserId(), event.applicationId(), event.userId());
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE platform_user");
    }

    private void relink(UUID platformUserId, UUID applicationId, UUID userId) {
        writes.add("""
                UPDATE platform_user SET user_id = :userId
                WHERE id = :id AND application_id = :applicationId""",
                new MapSqlParameterSource()
                        .addValue("id", platformUserId)
                        .addValue("applicationId", applicationId)
                        .addValue("userId", userId));
    }

    private void record(Sighting sighting) {
        writes.add(RECORD_SIGHTING, parameters(sighting));
    }

    private static MapSqlParameterSource parameters(Sighting sighting) {
        var account = sighting.account();
        var id = sighting.platformUserId();
        return new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("applicationId", sighting.applicationId())
                .addValue("connectionId", sighting.connectionId())
                .addValue("platform", wireName(sighting.platform()))
                .addValue("externalId", account.externalId())
                .addValue("displayName", account.displayName())
                .addValue("username", account.username())
                .addValue("bot", account.bot())
                .addValue("userId", account.bot() ? null : DerivedIds.userFirstSeenAs(id))
                .addValue("seenAt", timestamp(sighting.seenAt()))
                .addValue("position", sighting.position())
                .addValue("nameless", EventTypes.MESSAGE_SEND_REQUESTED);
    }
}
