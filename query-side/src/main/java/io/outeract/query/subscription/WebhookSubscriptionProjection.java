package io.outeract.query.subscription;

import static io.outeract.query.SqlValues.timestamp;

import io.outeract.contract.subscription.WebhookSecretRotatedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionCreatedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionDeletedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionDisabledEvent;
import io.outeract.contract.subscription.WebhookSubscriptionPausedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionResumedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionUpdatedEvent;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Subscriptions as the APIs list them: URL, filters, description, status; never a secret. */
@Component
@ProcessingGroup(WebhookSubscriptionProjection.GROUP)
public class WebhookSubscriptionProjection {

    public static final String GROUP = "webhook-history";

    private final NamedParameterJdbcTemplate jdbc;

    public WebhookSubscriptionProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(WebhookSubscriptionCreatedEvent event) {
        jdbc.update("""
                INSERT INTO webhook_subscription_view (id, application_id, url, event_types,
                    description, status, created_at, updated_at)
                VALUES (:id, :applicationId, :url, :eventTypes, :description, 'ACTIVE',
                    :at, :at)
                ON CONFLICT (id) DO NOTHING""",
                ids(event.subscriptionId(), event.applicationId(), event.createdAt())
                        .addValue("url", event.url())
                        .addValue("eventTypes", event.eventTypes().toArray(String[]::new))
                        .addValue("description", event.description()));
    }

    @EventHandler
    public void on(WebhookSubscriptionUpdatedEvent event) {
        jdbc.update("""
                UPDATE webhook_subscription_view
                SET url = :url, event_types = :eventTypes, description = :description,
                    updated_at = :at
                WHERE id = :id AND application_id = :applicationId""",
                ids(event.subscriptionId(), event.applicationId(), event.updatedAt())
                        .addValue("url", event.url())
                        .addValue("eventTypes", event.eventTypes().toArray(String[]::new))
                        .addValue("description", event.description()));
    }

    @EventHandler
    public void on(WebhookSubscriptionPausedEvent event) {
        status(event.subscriptionId(), event.applicationId(), "PAUSED", null, event.pausedAt());
    }

    @EventHandler
    public void on(WebhookSubscriptionResumedEvent event) {
        status(event.subscriptionId(), event.applicationId(), "ACTIVE", null,
                event.resumedAt());
    }

    @EventHandler
    public void on(WebhookSubscriptionDisabledEvent event) {
        status(event.subscriptionId(), event.applicationId(), "DISABLED",
                event.reason().name(), event.disabledAt());
    }

    @EventHandler
    public void on(WebhookSubscriptionDeletedEvent event) {
        status(event.subscriptionId(), event.applicationId(), "DELETED", null,
                event.deletedAt());
    }

    @EventHandler
    public void on(WebhookSecretRotatedEvent event) {
        jdbc.update("""
                UPDATE webhook_subscription_view
                SET previous_secret_valid_until = :validUntil, updated_at = :at
                WHERE id = :id AND application_id = :applicationId""",
                ids(event.subscriptionId(), event.applicationId(), event.rotatedAt())
                        .addValue("validUntil", timestamp(event.previousSecretValidUntil())));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE webhook_subscription_view");
    }

    private void status(UUID id, UUID applicationId, String status, String reason,
            Instant at) {
        jdbc.update("""
                UPDATE webhook_subscription_view
                SET status = :status, disabled_reason = :reason, updated_at = :at
                WHERE id = :id AND application_id = :applicationId""",
                ids(id, applicationId, at).addValue("status", status).addValue("reason", reason));
    }

    private static MapSqlParameterSource ids(UUID id, UUID applicationId, Instant at) {
        return new MapSqlParameterSource().addValue("id", id)
                .addValue("applicationId", applicationId).addValue("at", timestamp(at));
    }
}
