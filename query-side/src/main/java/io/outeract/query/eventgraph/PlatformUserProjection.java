package io.outeract.query.eventgraph;

import static io.outeract.query.SqlValues.timestamp;
import static io.outeract.query.SqlValues.wireName;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.common.EventTypes;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
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

    private static final String INSERT = """
            INSERT INTO platform_user (id, application_id, connection_id, platform, external_id,
                display_name, username, bot, user_id, first_seen_at, first_seen_position)
            VALUES (:id, :applicationId, :connectionId, :platform, :externalId,
                :displayName, :username, :bot, :userId, :seenAt, :position)
            ON CONFLICT DO NOTHING""";

    /** A sighting earlier than the one that created the row was handled late. */
    private static final String EARLIER_SIGHTING = """
            UPDATE platform_user SET first_seen_at = :seenAt, first_seen_position = :position
            WHERE id = :id AND application_id = :applicationId
                AND first_seen_position > :position""";

    /**
     * Names are those of the latest sighting by position. The latest so far is the newest
     * participation in an event that carries names (a send request carries none).
     */
    private static final String NEWER_NAMES = """
            UPDATE platform_user SET display_name = :displayName, username = :username
            WHERE id = :id AND application_id = :applicationId
                AND (display_name, username) IS DISTINCT FROM
                    (CAST(:displayName AS text), CAST(:username AS text))
                AND NOT EXISTS (
                    SELECT 1 FROM event_participant p JOIN event e ON e.id = p.event_id
                    WHERE p.application_id = :applicationId AND p.platform_user_id = :id
                        AND p.position > :position AND e.event_type <> :nameless)""";

    private final NamedParameterJdbcTemplate jdbc;

    public PlatformUserProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(MessageReceivedEvent event, TrackingToken token, @Timestamp Instant timestamp) {
        Sighting.in(event, token, timestamp).forEach(this::record);
    }

    @EventHandler
    public void on(MessageEditedEvent event, TrackingToken token, @Timestamp Instant timestamp) {
        Sighting.in(event, token, timestamp).forEach(this::record);
    }

    @EventHandler
    public void on(
            PlatformEventReceivedEvent event, TrackingToken token, @Timestamp Instant timestamp) {
        Sighting.in(event, token, timestamp).forEach(this::record);
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE platform_user");
    }

    private void record(Sighting sighting) {
        var platformUser = parameters(sighting);

        if (jdbc.update(INSERT, platformUser) == 0) {
            jdbc.update(EARLIER_SIGHTING, platformUser);
            jdbc.update(NEWER_NAMES, platformUser);
        }
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
