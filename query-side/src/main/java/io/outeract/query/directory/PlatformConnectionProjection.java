package io.outeract.query.directory;

import static io.outeract.query.SqlValues.timestamp;
import static io.outeract.query.SqlValues.wireName;

import io.outeract.contract.connection.ConnectionActivatedEvent;
import io.outeract.contract.connection.ConnectionFailedEvent;
import io.outeract.contract.connection.PlatformConnectedEvent;
import io.outeract.contract.connection.PlatformDisconnectedEvent;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Platform connections and their state: pending until the platform accepts the webhook, then
 * active, or failed with the platform's reason; disconnected at the end.
 */
@Component
@ProcessingGroup("directory")
public class PlatformConnectionProjection {

    static final String PENDING = "pending";
    static final String ACTIVE = "active";
    static final String FAILED = "failed";
    static final String DISCONNECTED = "disconnected";

    private final NamedParameterJdbcTemplate jdbc;

    public PlatformConnectionProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(PlatformConnectedEvent event) {
        jdbc.update("""
                INSERT INTO platform_connection (id, application_id, platform,
                    external_account_id, display_name, status, connected_at, updated_at)
                VALUES (:id, :applicationId, :platform,
                    :externalAccountId, :displayName, :status, :connectedAt, :connectedAt)
                ON CONFLICT (id) DO NOTHING""",
                new MapSqlParameterSource()
                        .addValue("id", event.connectionId())
                        .addValue("applicationId", event.applicationId())
                        .addValue("platform", wireName(event.platform()))
                        .addValue("externalAccountId", event.externalAccountId())
                        .addValue("displayName", event.displayName())
                        .addValue("status", PENDING)
                        .addValue("connectedAt", timestamp(event.connectedAt())));
    }

    @EventHandler
    public void on(ConnectionActivatedEvent event) {
        changeStatus(event.connectionId(), event.applicationId(), ACTIVE, null,
                event.activatedAt());
    }

    @EventHandler
    public void on(ConnectionFailedEvent event) {
        changeStatus(event.connectionId(), event.applicationId(), FAILED, event.reason(),
                event.failedAt());
    }

    @EventHandler
    public void on(PlatformDisconnectedEvent event) {
        changeStatus(event.connectionId(), event.applicationId(), DISCONNECTED, null,
                event.disconnectedAt());
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE platform_connection");
    }

    private void changeStatus(
            UUID connectionId, UUID applicationId, String status, String reason, Instant at) {
        jdbc.update("""
                UPDATE platform_connection
                SET status = :status, status_reason = :reason, updated_at = :at
                WHERE id = :id AND application_id = :applicationId""",
                new MapSqlParameterSource()
                        .addValue("id", connectionId)
                        .addValue("applicationId", applicationId)
                        .addValue("status", status)
                        .addValue("reason", reason)
                        .addValue("at", timestamp(at)));
    }
}
