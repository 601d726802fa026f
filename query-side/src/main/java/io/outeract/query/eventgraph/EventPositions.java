package io.outeract.query.eventgraph;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The global position of the event being handled, which orders and pages the history.
 *
 * <p>A gapless token (Axon Server's, the in-memory store's) is at the event's own position. A
 * gap-aware token (the JDBC store's) is too, except for an event that committed late and
 * fills a gap: its token stays at the highest position seen so far, which is another event's.
 * Taking that would give two events one position, so with a gap-aware token the position is
 * read from the event store by the event's identifier. Every handler of the group asks for the
 * same event in turn, so recent answers are kept.
 */
@Component
public class EventPositions {

    private static final Logger log = LoggerFactory.getLogger(EventPositions.class);
    private static final int RECENT = 65_536;
    /** How far around a token's position one look-up reads, for the events that follow. */
    private static final long WINDOW = 2_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final String lookup;
    private final String window;
    private volatile long highestRead = -1;
    private final Map<String, Long> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(RECENT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > RECENT;
                }
            });

    /** The event store's names are those of the JDBC engine's schema in migration V1. */
    public EventPositions(NamedParameterJdbcTemplate jdbc,
            @Value("${outeract.query.event-store.table:domain_event_entry}") String table,
            @Value("${outeract.query.event-store.global-index-column:global_index}")
            String globalIndex,
            @Value("${outeract.query.event-store.event-identifier-column:event_identifier}")
            String eventIdentifier) {
        this.jdbc = jdbc;
        this.lookup = "SELECT %s FROM %s WHERE %s = :eventId"
                .formatted(globalIndex, table, eventIdentifier);
        this.window = "SELECT %s, %s FROM %s WHERE %s BETWEEN :from AND :to"
                .formatted(eventIdentifier, globalIndex, table, globalIndex);
    }

    public long of(String eventId, TrackingToken token) {
        if (token == null || token.position().isEmpty()) {
            throw new IllegalStateException("The event-graph projections need a streaming "
                    + "processor: their rows are ordered by the event's global position");
        }
        if (token instanceof GlobalSequenceTrackingToken) {
            return token.position().getAsLong();
        }
        // Not computeIfAbsent: that would hold the map's lock, and every segment, during a query.
        Long known = recent.get(eventId);
        if (known == null) {
            readAround(token.position().getAsLong());
            known = recent.get(eventId);
        }
        if (known == null) {
            known = stored(eventId, token);
            recent.put(eventId, known);
        }
        return known;
    }

    /**
     * Reads the positions of the events around {@code position} in one query. The events a
     * segment handles next are mostly there, so a batch costs one look-up, not one per event.
     * A late event that fills a gap lies below its token's position, hence the window's reach.
     */
    private void readAround(long position) {
        // What was read before is cached; a late event missing from it is looked up alone.
        long from = Math.min(position, Math.max(position - WINDOW, highestRead + 1));
        Map<String, Long> found = new HashMap<>();
        jdbc.query(window, new MapSqlParameterSource("from", from)
                        .addValue("to", position + WINDOW),
                row -> {
                    found.put(row.getString(1), row.getLong(2));
                });
        recent.putAll(found);
        found.values().stream().mapToLong(Long::longValue).max()
                .ifPresent(highest -> highestRead = Math.max(highestRead, highest));
    }

    private long stored(String eventId, TrackingToken token) {
        List<Long> found = jdbc.queryForList(
                lookup, new MapSqlParameterSource("eventId", eventId), Long.class);
        if (found.isEmpty()) {
            log.warn("Event {} is not in the event store table; taking its token's position",
                    eventId);
            return token.position().getAsLong();
        }
        return found.get(0);
    }
}
