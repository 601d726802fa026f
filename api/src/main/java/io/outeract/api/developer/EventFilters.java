package io.outeract.api.developer;

import io.outeract.api.graphql.Ids;
import io.outeract.contract.common.Platform;
import io.outeract.contract.query.EventFilter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/** Reads the {@code filters} argument of the events query. */
public final class EventFilters {

    private EventFilters() {
    }

    public static EventFilter from(Map<String, Object> filters) {
        if (filters == null) {
            return EventFilter.none();
        }
        Map<String, Object> type = map(filters.get("eventType"));
        Map<String, Object> created = map(filters.get("createdAt"));
        return new EventFilter(
                (String) type.get("eq"),
                (String) type.get("contains"),
                (String) type.get("startsWith"),
                instant(created.get("from"), "createdAt.from"),
                instant(created.get("before"), "createdAt.before"),
                id(filters.get("connectionId"), "connectionId"),
                filters.get("platform") == null ? null
                        : Platform.fromWireName((String) filters.get("platform")),
                id(filters.get("userId"), "userId"),
                id(filters.get("platformUserId"), "platformUserId"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static UUID id(Object value, String name) {
        return value == null ? null : Ids.parse((String) value, name);
    }

    private static Instant instant(Object value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse((String) value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + name + "' must be an ISO-8601 instant such as 2026-03-14T17:40:00Z");
        }
    }
}
