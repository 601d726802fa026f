package io.outeract.query.directory;

import static io.outeract.query.SqlValues.instant;
import static io.outeract.query.SqlValues.uuid;

import io.outeract.contract.common.ApiScope;
import io.outeract.contract.query.ApiKeyView;
import io.outeract.contract.query.ApplicationView;
import io.outeract.contract.query.FindApiKeysQuery;
import io.outeract.contract.query.FindApplicationsQuery;
import io.outeract.contract.query.FindOrganisationsOfAdminQuery;
import io.outeract.contract.query.OrganisationView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Organisations, applications and API keys, as the Admin API and authentication ask for them. */
@Component
public class DirectoryQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public DirectoryQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<OrganisationView> handle(FindOrganisationsOfAdminQuery query) {
        return jdbc.query("""
                SELECT o.id, o.name, o.created_at
                FROM organisation o
                JOIN organisation_member m ON m.organisation_id = o.id
                WHERE m.admin_id = :adminId
                ORDER BY o.created_at, o.id""",
                new MapSqlParameterSource("adminId", query.adminId()),
                (row, n) -> new OrganisationView(
                        uuid(row, "id"), row.getString("name"), instant(row, "created_at")));
    }

    /** By application id when the query names one (in any organisation), else by organisation. */
    @QueryHandler
    public List<ApplicationView> handle(FindApplicationsQuery query) {
        if (query.applicationId() == null && query.organisationId() == null) {
            throw new IllegalArgumentException("Name an organisation or an application");
        }
        var where = new StringBuilder("TRUE");
        if (query.applicationId() != null) {
            where.append(" AND id = :applicationId");
        }
        if (query.organisationId() != null) {
            where.append(" AND organisation_id = :organisationId");
        }

        return jdbc.query("""
                SELECT id, organisation_id, name, created_at FROM application
                WHERE %s
                ORDER BY created_at, id""".formatted(where),
                new MapSqlParameterSource()
                        .addValue("applicationId", query.applicationId())
                        .addValue("organisationId", query.organisationId()),
                (row, n) -> new ApplicationView(uuid(row, "id"), uuid(row, "organisation_id"),
                        row.getString("name"), instant(row, "created_at")));
    }

    /**
     * By key id, or an application's keys. Finding a key by its id alone is how a request is
     * authenticated, before its application is known: the key is what names the tenant.
     */
    @QueryHandler
    public List<ApiKeyView> handle(FindApiKeysQuery query) {
        if (query.apiKeyId() == null && query.applicationId() == null) {
            throw new IllegalArgumentException("Name an API key or an application");
        }
        var where = new StringBuilder("TRUE");
        if (query.apiKeyId() != null) {
            where.append(" AND id = :apiKeyId");
        }
        if (query.applicationId() != null) {
            where.append(" AND application_id = :applicationId");
        }

        return jdbc.query("""
                SELECT id, application_id, name, scopes, secret_hash, revoked_at, issued_at
                FROM api_key
                WHERE %s
                ORDER BY issued_at, id""".formatted(where),
                new MapSqlParameterSource()
                        .addValue("apiKeyId", query.apiKeyId())
                        .addValue("applicationId", query.applicationId()),
                (row, n) -> apiKey(row));
    }

    private static ApiKeyView apiKey(ResultSet row) throws SQLException {
        String[] scopes = (String[]) row.getArray("scopes").getArray();
        return new ApiKeyView(
                uuid(row, "id"),
                uuid(row, "application_id"),
                row.getString("name"),
                Arrays.stream(scopes).map(ApiScope::fromValue)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                row.getString("secret_hash"),
                row.getObject("revoked_at") != null,
                instant(row, "issued_at"));
    }
}
