package io.outeract.query.subscription;

import static io.outeract.query.SqlValues.instant;
import static io.outeract.query.SqlValues.uuid;

import io.outeract.contract.subscription.DeliveryOutcome;
import io.outeract.contract.subscription.DisableReason;
import io.outeract.contract.subscription.FindWebhookAttemptsQuery;
import io.outeract.contract.subscription.FindWebhookDeliveriesQuery;
import io.outeract.contract.subscription.FindWebhookSubscriptionsQuery;
import io.outeract.contract.subscription.WebhookAttempt;
import io.outeract.contract.subscription.WebhookAttemptView;
import io.outeract.contract.subscription.WebhookDeliveryView;
import io.outeract.contract.subscription.WebhookSubscriptionStatus;
import io.outeract.contract.subscription.WebhookSubscriptionView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Subscriptions, deliveries and attempts, always of one application. */
@Component
public class WebhookQueries {

    private static final int MAX_PAGE = 100;

    private final NamedParameterJdbcTemplate jdbc;

    public WebhookQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<WebhookSubscriptionView> handle(FindWebhookSubscriptionsQuery query) {
        if (query.applicationId() == null && query.subscriptionId() == null) {
            throw new IllegalArgumentException("Name an application or a subscription");
        }
        return jdbc.query("""
                SELECT * FROM webhook_subscription_view
                WHERE status <> 'DELETED'
                  AND (CAST(:applicationId AS uuid) IS NULL OR application_id = :applicationId)
                  AND (CAST(:id AS uuid) IS NULL OR id = :id)
                ORDER BY created_at, id""",
                new MapSqlParameterSource("applicationId", query.applicationId())
                        .addValue("id", query.subscriptionId()),
                WebhookQueries::subscription);
    }

    @QueryHandler
    public List<WebhookDeliveryView> handle(FindWebhookDeliveriesQuery query) {
        return jdbc.query("""
                SELECT * FROM webhook_delivery_view
                WHERE application_id = :applicationId
                  AND (CAST(:subscriptionId AS uuid) IS NULL OR subscription_id = :subscriptionId)
                  AND (CAST(:eventId AS uuid) IS NULL OR event_id = :eventId)
                  AND (CAST(:id AS uuid) IS NULL OR id = :id)
                  AND (CAST(:before AS bigint) IS NULL OR position < :before)
                ORDER BY position DESC
                LIMIT :limit""",
                new MapSqlParameterSource("applicationId", query.applicationId())
                        .addValue("subscriptionId", query.subscriptionId())
                        .addValue("eventId", query.eventId())
                        .addValue("id", query.deliveryId())
                        .addValue("before", query.before())
                        .addValue("limit", Math.max(1, Math.min(query.limit(), MAX_PAGE))),
                WebhookQueries::delivery);
    }

    @QueryHandler
    public List<WebhookAttemptView> handle(FindWebhookAttemptsQuery query) {
        return jdbc.query("""
                SELECT * FROM webhook_attempt_view
                WHERE application_id = :applicationId AND delivery_id = :deliveryId
                ORDER BY number""",
                new MapSqlParameterSource("applicationId", query.applicationId())
                        .addValue("deliveryId", query.deliveryId()),
                (row, n) -> new WebhookAttemptView(uuid(row, "delivery_id"),
                        new WebhookAttempt(row.getInt("number"), instant(row, "requested_at"),
                                (Integer) row.getObject("status_code"),
                                row.getLong("latency_millis"), row.getString("response_body"),
                                row.getString("error")),
                        DeliveryOutcome.valueOf(row.getString("outcome"))));
    }

    private static WebhookSubscriptionView subscription(ResultSet row, int n)
            throws SQLException {
        String reason = row.getString("disabled_reason");
        return new WebhookSubscriptionView(uuid(row, "id"), uuid(row, "application_id"),
                row.getString("url"),
                Arrays.asList((String[]) row.getArray("event_types").getArray()),
                row.getString("description"),
                WebhookSubscriptionStatus.valueOf(row.getString("status")),
                reason == null ? null : DisableReason.valueOf(reason),
                instant(row, "previous_secret_valid_until"), instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    private static WebhookDeliveryView delivery(ResultSet row, int n) throws SQLException {
        return new WebhookDeliveryView(uuid(row, "id"), uuid(row, "subscription_id"),
                uuid(row, "application_id"), uuid(row, "event_id"), row.getString("event_type"),
                row.getString("status"), row.getInt("attempts"),
                (Integer) row.getObject("last_status_code"), instant(row, "last_attempt_at"),
                instant(row, "next_attempt_at"), row.getLong("position"));
    }
}
