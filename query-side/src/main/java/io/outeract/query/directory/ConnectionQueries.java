package io.outeract.query.directory;

import static io.outeract.query.SqlValues.instant;
import static io.outeract.query.SqlValues.platform;
import static io.outeract.query.SqlValues.uuid;

import io.outeract.contract.query.ConnectionView;
import io.outeract.contract.query.FindConnectionsQuery;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** An application's platform connections, oldest first. */
@Component
public class ConnectionQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public ConnectionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<ConnectionView> handle(FindConnectionsQuery query) {
        String oneConnection = query.connectionId() == null ? "" : "AND id = :connectionId";

        return jdbc.query("""
                SELECT id, application_id, platform, external_account_id, display_name,
                    status, status_reason, connected_at
                FROM platform_connection
                WHERE application_id = :applicationId %s
                ORDER BY connected_at, id""".formatted(oneConnection),
                new MapSqlParameterSource()
                        .addValue("applicationId", query.applicationId())
                        .addValue("connectionId", query.connectionId()),
                (row, n) -> new ConnectionView(
                        uuid(row, "id"),
                        uuid(row, "application_id"),
                        platform(row, "platform"),
                        row.getString("external_account_id"),
                        row.getString("display_name"),
                        row.getString("status"),
                        row.getString("status_reason"),
                        instant(row, "connected_at")));
    }
}
