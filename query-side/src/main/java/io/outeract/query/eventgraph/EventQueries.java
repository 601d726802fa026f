package io.outeract.query.eventgraph;

import static io.outeract.query.SqlValues.instant;
import static io.outeract.query.SqlValues.platform;
import static io.outeract.query.SqlValues.uuid;

import io.outeract.contract.query.EventPage;
import io.outeract.contract.query.EventParticipantView;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventParticipantsQuery;
import io.outeract.contract.query.FindEventQuery;
import io.outeract.contract.query.FindEventsQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** An application's history of events, newest first, and who took part in them. */
@Component
public class EventQueries {

    private static final String COLUMNS = """
            e.id, e.application_id, e.event_type, e.connection_id, e.platform,
                e.payload::text AS payload, e.created_at, e.position""";

    private final NamedParameterJdbcTemplate jdbc;

    public EventQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row more than asked for tells whether older events remain. */
    @QueryHandler
    public EventPage handle(FindEventsQuery query) {
        EventConditions where = EventConditions.of(query);

        List<EventView> events = jdbc.query("""
                SELECT %s
                FROM event e
                WHERE %s
                ORDER BY e.position DESC
                LIMIT :limit""".formatted(COLUMNS, where.sql()),
                where.parameters().addValue("limit", query.first() + 1),
                (row, n) -> event(row));

        boolean hasNextPage = events.size() > query.first();
        return new EventPage(
                hasNextPage ? events.subList(0, query.first()) : events, hasNextPage);
    }

    @QueryHandler
    public EventView handle(FindEventQuery query) {
        List<EventView> events = jdbc.query("""
                SELECT %s
                FROM event e
                WHERE e.application_id = :applicationId AND e.id = :eventId""".formatted(COLUMNS),
                new MapSqlParameterSource()
                        .addValue("applicationId", query.applicationId())
                        .addValue("eventId", query.eventId()),
                (row, n) -> event(row));
        return events.isEmpty() ? null : events.get(0);
    }

    /** Only participants whose platform user exists (see the package docs), senders first. */
    @QueryHandler
    public List<EventParticipantView> handle(FindEventParticipantsQuery query) {
        if (query.eventIds().isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT p.event_id, p.platform_user_id, p.role
                FROM event_participant p
                JOIN platform_user u ON u.id = p.platform_user_id
                WHERE p.application_id = :applicationId AND u.application_id = :applicationId
                    AND p.event_id IN (:eventIds)
                ORDER BY p.position DESC, p.role, p.platform_user_id""",
                new MapSqlParameterSource()
                        .addValue("applicationId", query.applicationId())
                        .addValue("eventIds", query.eventIds()),
                (row, n) -> new EventParticipantView(
                        uuid(row, "event_id"), uuid(row, "platform_user_id"),
                        row.getString("role")));
    }

    private static EventView event(ResultSet row) throws SQLException {
        return new EventView(
                uuid(row, "id"),
                uuid(row, "application_id"),
                row.getString("event_type"),
                uuid(row, "connection_id"),
                platform(row, "platform"),
                row.getString("payload"),
                instant(row, "created_at"),
                row.getLong("position"));
    }
}
