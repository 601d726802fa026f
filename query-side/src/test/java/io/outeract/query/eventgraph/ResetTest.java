package io.outeract.query.eventgraph;

import static io.outeract.query.eventgraph.TestEvents.messageReceived;
import static io.outeract.query.eventgraph.TestEvents.person;
import static io.outeract.query.eventgraph.TestEvents.sendRequested;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** A reset empties the event graph so that a replay rebuilds it, and the rebuild is the same. */
class ResetTest {

    private static final String[] TABLES = {
        "event", "event_participant", "platform_user", "app_user", "outbound_message"};

    private final EventGraph graph = new EventGraph();
    private final UUID application = UUID.randomUUID();
    private final UUID connection = UUID.randomUUID();

    @Test
    void emptiesEveryTableOfTheEventGraph() {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));
        graph.deliver(sendRequested(UUID.randomUUID(), application, connection, "1001", null));

        graph.resetAll();

        for (String table : TABLES) {
            assertThat(rows(table)).as(table).isZero();
        }
    }

    @Test
    void rebuildsTheSameRowsWhenTheHistoryIsReplayed() {
        var history = new Object[] {
            messageReceived(application, connection, person("1001", "Alice"), "Hi"),
            messageReceived(application, connection, person("1001", "Alicia"), "Renamed"),
            sendRequested(UUID.randomUUID(), application, connection, "1001", null)};
        var deliveries = new Delivery[history.length];
        for (int i = 0; i < history.length; i++) {
            deliveries[i] = graph.deliver(history[i]);
        }
        Map<String, String> before = contents();
        assertThat(before.values()).as("every table has rows").doesNotContain("");

        graph.resetAll();
        for (int i = 0; i < history.length; i++) {
            graph.deliver(history[i], deliveries[i]);
        }

        assertThat(contents()).isEqualTo(before);
    }

    private int rows(String table) {
        return graph.jdbc.queryForObject("SELECT count(*) FROM " + table,
                EmptySqlParameterSource.INSTANCE, Integer.class);
    }

    /** Every row of the application in every table of the event graph, in a stable order. */
    private Map<String, String> contents() {
        var contents = new TreeMap<String, String>();
        for (String table : TABLES) {
            contents.put(table, graph.jdbc.queryForObject("""
                    SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')
                    FROM %s t WHERE t.application_id = :applicationId""".formatted(table),
                    new MapSqlParameterSource("applicationId", application), String.class));
        }
        return contents;
    }
}
