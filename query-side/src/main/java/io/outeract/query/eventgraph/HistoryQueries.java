package io.outeract.query.eventgraph;

import io.outeract.contract.common.Platform;
import io.outeract.contract.query.FindHistoryQuery;
import io.outeract.contract.query.FindMessageTimelineQuery;
import io.outeract.contract.query.HistoryEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An application's history in global order, a message's timeline, and the history streamed
 * whole for export: rows are fetched from a cursor a thousand at a time, so an export holds
 * one batch in memory whatever the size of the history.
 */
@Component
public class HistoryQueries {

    private static final String COLUMNS = """
            e.id, e.event_type, e.connection_id, e.platform, e.payload::text AS payload,
            e.metadata::text AS metadata, e.aggregate_id, e.aggregate_sequence, e.created_at,
            e.position""";

    private static final RowMapper<HistoryEntry> ENTRY = HistoryQueries::entry;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public HistoryQueries(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    @QueryHandler
    public List<HistoryEntry> handle(FindHistoryQuery query) {
        EventConditions where = EventConditions.of(query);
        return jdbc.query("SELECT " + COLUMNS + " FROM event e WHERE " + where.sql()
                        + " ORDER BY e.position LIMIT :first",
                where.parameters().addValue("first", query.first()), ENTRY);
    }

    /**
     * The message's own events, and the delivery statuses its platform reported under the id
     * it gave the message on the same connection.
     */
    @QueryHandler
    public List<HistoryEntry> handle(FindMessageTimelineQuery query) {
        return jdbc.query("SELECT " + COLUMNS + """
                 FROM event e
                WHERE e.application_id = :applicationId AND (e.aggregate_id = :messageId
                    OR (e.event_type = 'message.status_updated' AND EXISTS (
                        SELECT 1 FROM outbound_message m
                        WHERE m.application_id = :applicationId AND m.id = :id
                            AND m.connection_id = e.connection_id
                            AND m.platform_message_id
                                = e.payload -> 'status' ->> 'platformMessageId')))
                ORDER BY e.position""",
                new MapSqlParameterSource()
                        .addValue("applicationId", query.applicationId())
                        .addValue("messageId", query.messageId().toString())
                        .addValue("id", query.messageId()),
                ENTRY);
    }

    /** Hands each entry of the history to {@code sink}, in order, from a server-side cursor. */
    public void stream(FindHistoryQuery query, Consumer<HistoryEntry> sink) {
        EventConditions where = EventConditions.of(query);
        readOnly.executeWithoutResult(status -> {
            NamedParameterJdbcTemplate cursor = new NamedParameterJdbcTemplate(
                    withFetchSize(jdbc));
            cursor.query("SELECT " + COLUMNS + " FROM event e WHERE " + where.sql()
                            + " ORDER BY e.position", where.parameters(),
                    (ResultSet row) -> sink.accept(entry(row, 0)));
        });
    }

    private static org.springframework.jdbc.core.JdbcTemplate withFetchSize(
            NamedParameterJdbcTemplate jdbc) {
        var template = new org.springframework.jdbc.core.JdbcTemplate(
                jdbc.getJdbcTemplate().getDataSource());
        template.setFetchSize(1000);
        return template;
    }

    private static HistoryEntry entry(ResultSet row, int index) throws SQLException {
        String platform = row.getString("platform");
        long sequence = row.getLong("aggregate_sequence");
        return new HistoryEntry(
                row.getObject("id", UUID.class),
                row.getString("event_type"),
                row.getObject("connection_id", UUID.class),
                platform == null ? null : Platform.fromWireName(platform),
                row.getString("payload"),
                row.getString("metadata"),
                row.getString("aggregate_id"),
                row.wasNull() ? null : sequence,
                row.getTimestamp("created_at").toInstant(),
                row.getLong("position"));
    }
}
