package io.outeract.query.eventgraph;

import static io.outeract.query.SqlValues.timestamp;
import static io.outeract.query.SqlValues.wireName;

import io.outeract.contract.query.EventFilter;
import io.outeract.contract.query.FindEventsQuery;
import io.outeract.contract.query.FindHistoryQuery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The {@code WHERE} clause of an events query over {@code event e}: always the application,
 * then each filter the query sets, with its value bound, never spliced into the SQL.
 */
final class EventConditions {

    /**
     * A participant counts once its platform user exists (see the package docs), and only
     * within the application, in both tables.
     */
    private static final String PARTICIPANT = """
            EXISTS (SELECT 1 FROM event_participant p
                JOIN platform_user u ON u.id = p.platform_user_id
                WHERE p.event_id = e.id AND p.application_id = :applicationId
                    AND u.application_id = :applicationId AND %s)""";

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    private EventConditions() {
    }

    static EventConditions of(FindEventsQuery query) {
        var where = new EventConditions();
        where.add("e.application_id = :applicationId", "applicationId", query.applicationId());
        where.add("e.position < :beforePosition", "beforePosition", query.beforePosition());
        where.filter(query.filter());
        return where;
    }

    static EventConditions of(FindHistoryQuery query) {
        var where = new EventConditions();
        where.add("e.application_id = :applicationId", "applicationId", query.applicationId());
        where.add("e.position > :afterPosition", "afterPosition", query.afterPosition());
        where.add("e.position <= :horizon", "horizon", query.horizon());
        where.add("e.aggregate_id = :aggregateId", "aggregateId", query.aggregateId());
        where.filter(query.filter());
        return where;
    }

    private void filter(EventFilter filter) {
        EventConditions where = this;
        where.add("e.event_type = :typeEquals", "typeEquals", filter.typeEquals());
        where.add("e.event_type LIKE :typeContains ESCAPE '\\'", "typeContains",
                filter.typeContains() == null ? null : "%" + literal(filter.typeContains()) + "%");
        where.add("e.event_type LIKE :typeStartsWith ESCAPE '\\'", "typeStartsWith",
                filter.typeStartsWith() == null ? null : literal(filter.typeStartsWith()) + "%");
        where.add("e.created_at >= :createdFrom", "createdFrom", timestamp(filter.createdFrom()));
        where.add("e.created_at < :createdBefore", "createdBefore",
                timestamp(filter.createdBefore()));
        where.add("e.connection_id = :connectionId", "connectionId", filter.connectionId());
        where.add("e.platform = :platform", "platform", wireName(filter.platform()));
        where.add(PARTICIPANT.formatted("u.user_id = :userId"), "userId", filter.userId());
        where.add(PARTICIPANT.formatted("p.platform_user_id = :platformUserId"),
                "platformUserId", filter.platformUserId());
    }

    String sql() {
        return String.join("\n    AND ", conditions);
    }

    MapSqlParameterSource parameters() {
        return parameters;
    }

    /** The text as a LIKE pattern that matches only itself: no wildcard survives. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.addValue(name, value);
        }
    }
}
