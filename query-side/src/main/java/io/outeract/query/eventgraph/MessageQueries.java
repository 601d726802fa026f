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
                SELECT id, application_id, connection_id, external_chat_id, status,
                    platform_message_id, error_code, error_description, attempts,
                    requested_at, updated_at
                FROM outbound_message
                WHERE application_id = :applicationId AND id = :messageId""",
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
                        instant(row, "updated_at")));
        return found.isEmpty() ? null : found.get(0);
    }
}
