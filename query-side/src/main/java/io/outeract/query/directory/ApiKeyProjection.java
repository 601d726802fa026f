package io.outeract.query.directory;

import static io.outeract.query.SqlValues.timestamp;

import io.outeract.contract.apikey.ApiKeyIssuedEvent;
import io.outeract.contract.apikey.ApiKeyRevokedEvent;
import io.outeract.contract.common.ApiScope;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** API keys: the hash of each secret, its scopes by wire value, and whether it was revoked. */
@Component
@ProcessingGroup("directory")
public class ApiKeyProjection {

    private final NamedParameterJdbcTemplate jdbc;

    public ApiKeyProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(ApiKeyIssuedEvent event) {
        // Sorted, so that a replay stores the same array whatever order the set iterates in.
        Set<ApiScope> granted = event.scopes() == null ? Set.of() : event.scopes();
        String[] scopes = granted.stream().map(ApiScope::value).sorted().toArray(String[]::new);

        jdbc.update("""
                INSERT INTO api_key (id, application_id, name, scopes, secret_hash, issued_at)
                VALUES (:id, :applicationId, :name, :scopes, :secretHash, :issuedAt)
                ON CONFLICT (id) DO NOTHING""",
                new MapSqlParameterSource()
                        .addValue("id", event.apiKeyId())
                        .addValue("applicationId", event.applicationId())
                        .addValue("name", event.name())
                        .addValue("scopes", scopes)
                        .addValue("secretHash", event.secretHash())
                        .addValue("issuedAt", timestamp(event.issuedAt())));
    }

    @EventHandler
    public void on(ApiKeyRevokedEvent event) {
        jdbc.update("""
                UPDATE api_key SET revoked_at = :revokedAt
                WHERE id = :id AND application_id = :applicationId AND revoked_at IS NULL""",
                new MapSqlParameterSource()
                        .addValue("id", event.apiKeyId())
                        .addValue("applicationId", event.applicationId())
                        .addValue("revokedAt", timestamp(event.revokedAt())));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE api_key");
    }
}
