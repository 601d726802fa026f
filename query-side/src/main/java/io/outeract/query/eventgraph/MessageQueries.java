package io.outeract.query.eventgraph;

import static io.outeract.query.SqlValues.instant;
import static io.outeract.query.SqlValues.uuid;

import io.outeract.contract.query.FindMessageQuery;
import io.outeract.contract.query.MessageView;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Outbound messages and how far each got. */
@Component
public class MessageQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public MessageQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public MessageView handle(FindMessageQuery query) {
        List<MessageView> found = jdbc.query("""
                SELECT m.id, m.application_id, m.connection_id, m.external_chat_id, m.status,
                    m.platform_message_id, m.error_code, m.error_description, m.attempts,
                    m.requested_at, m.updated_at, d.state AS delivery_state,
                    d.error_code AS delivery_error_code,
                    d.error_description AS delivery_error_description,
                    d.reported_at AS delivery_reported_at
                FROM outbound_message m
                LEFT JOIN message_delivery d ON d.connection_id = m.connection_id
                    AND d.platform_message_id = m.platform_message_id
                    AND d.application_id = m.application_id
                WHERE m.application_id = :applicationId AND m.id = :messageId""",
                new MapSqlParameterSource()
                        .addValue("applicationId", query.applicationId())
                        .addValue("messageId", query.messageId()),
                (row, n) -> new MessageView(
                        uuid(row, "id"),
                        uuid(row, "application_id"),
                        uuid(row, "connection_id"),
                        row.getString("external_chat_id"),
                        row.getString("status"),
                        row.getString("platform_message_id"),
                        row.getString("error_code"),
                        row.getString("error_description"),
                        row.getInt("attempts"),
                        instant(row, "requested_at"),
                        instant(row, "updated_at"),
                        row.getString("delivery_state"),
                        row.getString("delivery_error_code"),
                        row.getString("delivery_error_description"),
                        instant(row, "delivery_reported_at")));
        return found.isEmpty() ? null : found.get(0);
    }
}
