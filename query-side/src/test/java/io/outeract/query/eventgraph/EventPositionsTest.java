package io.outeract.query.eventgraph;

import static io.outeract.query.eventgraph.TestEvents.messageReceived;
import static io.outeract.query.eventgraph.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.outeract.contract.query.EventFilter;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventsQuery;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Events are positioned at their own global index, also when one commits late and fills a gap
 * in the JDBC store's sequence, whose token then still shows the highest index seen so far.
 */
class EventPositionsTest {

    private static final int MAX_GAP_OFFSET = 10_000;

    private final EventGraph graph = new EventGraph();
    private final UUID application = UUID.randomUUID();
    private final UUID connection = UUID.randomUUID();

    /** The event store's table as the JDBC engine keeps it, with only the columns read here. */
    @BeforeAll
    static void eventStoreTable() {
        new EventGraph().jdbc.update("""
                CREATE TABLE IF NOT EXISTS domain_event_entry (
                    global_index bigint PRIMARY KEY,
                    event_identifier varchar(255) NOT NULL UNIQUE)""",
                EmptySqlParameterSource.INSTANCE);
    }

    @Test
    void aGapFillingEventsTokenShowsAnotherEventsPosition() {
        var beforeTheLateCommit = GapAwareTrackingToken.newInstance(100, Set.of(95L));

        var afterIt = beforeTheLateCommit.advanceTo(95, MAX_GAP_OFFSET);

        assertThat(afterIt.position()).hasValue(100);
    }

    @Test
    void positionsALateEventAtItsOwnIndexNotAtItsTokens() {
        long lateIndex = Delivery.next().position();
        long onTimeIndex = Delivery.next().position();
        Delivery onTime = delivered(onTimeIndex,
                GapAwareTrackingToken.newInstance(onTimeIndex, Set.of(lateIndex)));
        Delivery late = delivered(lateIndex,
                GapAwareTrackingToken.newInstance(onTimeIndex, Set.of()));

        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "on"),
                onTime);
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "late"),
                late);

        assertThat(graph.eventQueries.handle(
                new FindEventsQuery(application, EventFilter.none(), 10, null)).events())
                .extracting(EventView::id, EventView::position)
                .containsExactly(
                        tuple(onTime.eventId(), onTimeIndex), tuple(late.eventId(), lateIndex));
    }

    /** Stores the event at its global index, and delivers it with the given token. */
    private Delivery delivered(long globalIndex, GapAwareTrackingToken token) {
        String eventId = UUID.randomUUID().toString();
        graph.jdbc.update("""
                INSERT INTO domain_event_entry (global_index, event_identifier)
                VALUES (:globalIndex, :eventId)""",
                new MapSqlParameterSource().addValue("globalIndex", globalIndex)
                        .addValue("eventId", eventId));
        return new Delivery(eventId, token, Delivery.STORED_AT);
    }
}
