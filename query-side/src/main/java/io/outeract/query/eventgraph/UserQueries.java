package io.outeract.query.eventgraph;

import static io.outeract.query.SqlValues.instant;
import static io.outeract.query.SqlValues.platform;
import static io.outeract.query.SqlValues.uuid;

import io.outeract.contract.query.FindPlatformUserByExternalIdQuery;
import io.outeract.contract.query.FindPlatformUsersQuery;
import io.outeract.contract.query.FindUsersQuery;
import io.outeract.contract.query.PlatformUserView;
import io.outeract.contract.query.UserView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An application's users and platform users, newest first. Asked for by ids, all of those ids
 * are answered; otherwise {@code first} bounds the list.
 */
@Component
public class UserQueries {

    private static final String PLATFORM_USER_COLUMNS = """
            id, application_id, connection_id, platform, external_id, display_name, username,
                bot, user_id, first_seen_at""";

    private final NamedParameterJdbcTemplate jdbc;

    public UserQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<UserView> handle(FindUsersQuery query) {
        if (query.ids() != null && query.ids().isEmpty()) {
            return List.of();
        }
        String ids = query.ids() == null ? "" : "AND id IN (:ids)";

        return jdbc.query("""
                SELECT id, application_id, display_name, created_at
                FROM app_user
                WHERE application_id = :applicationId %s
                ORDER BY created_at DESC, id DESC
                %s""".formatted(ids, limitUnless(query.ids())),
                new MapSqlParameterSource()
                        .addValue("applicationId", query.applicationId())
                        .addValue("ids", query.ids())
                        .addValue("limit", query.first()),
                (row, n) -> new UserView(uuid(row, "id"), uuid(row, "application_id"),
                        row.getString("display_name"), instant(row, "created_at")));
    }

    @QueryHandler
    public List<PlatformUserView> handle(FindPlatformUsersQuery query) {
        if (query.ids() != null && query.ids().isEmpty()) {
            return List.of();
        }
        var where = new StringBuilder("application_id = :applicationId");
        if (query.ids() != null) {
            where.append(" AND id IN (:ids)");
        }
        if (query.userId() != null) {
            where.append(" AND user_id = :userId");
        }

        return jdbc.query("""
                SELECT %s
                FROM platform_user
                WHERE %s
                ORDER BY first_seen_at DESC, id DESC
                %s""".formatted(PLATFORM_USER_COLUMNS, where, limitUnless(query.ids())),
                new MapSqlParameterSource()
                        .addValue("applicationId", query.applicationId())
                        .addValue("ids", query.ids())
                        .addValue("userId", query.userId())
                        .addValue("limit", query.first()),
                (row, n) -> platformUser(row));
    }

    @QueryHandler
    public PlatformUserView handle(FindPlatformUserByExternalIdQuery query) {
        List<PlatformUserView> found = jdbc.query("""
                SELECT %s
                FROM platform_user
                WHERE application_id = :applicationId AND connection_id = :connectionId
                    AND external_id = :externalId""".formatted(PLATFORM_USER_COLUMNS),
                new MapSqlParameterSource()
                        .addValue("applicationId", query.applicationId())
                        .addValue("connectionId", query.connectionId())
                        .addValue("externalId", query.externalId()),
                (row, n) -> platformUser(row));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Ids asked for are all answered; a list of everything is bounded by {@code first}. */
    private static String limitUnless(List<UUID> ids) {
        return ids == null ? "LIMIT :limit" : "";
    }

    private static PlatformUserView platformUser(ResultSet row) throws SQLException {
        return new PlatformUserView(
                uuid(row, "id"),
                uuid(row, "application_id"),
                uuid(row, "connection_id"),
                platform(row, "platform"),
                row.getString("external_id"),
                row.getString("display_name"),
                row.getString("username"),
                row.getBoolean("bot"),
                uuid(row, "user_id"),
                instant(row, "first_seen_at"));
    }
}
