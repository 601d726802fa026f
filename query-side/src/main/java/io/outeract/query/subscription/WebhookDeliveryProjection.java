package io.outeract.query.subscription;

import static io.outeract.query.SqlValues.timestamp;

import io.outeract.contract.subscription.DeliveryOutcome;
import io.outeract.contract.subscription.WebhookAttempt;
import io.outeract.contract.subscription.WebhookDeliveryAttemptedEvent;
import io.outeract.contract.subscription.WebhookRedeliveryRequestedEvent;
import io.outeract.query.eventgraph.EventPositions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Each delivery as of its latest attempt, and every attempt with what it led to. */
@Component
@ProcessingGroup(WebhookSubscriptionProjection.GROUP)
public class WebhookDeliveryProjection {

    private final NamedParameterJdbcTemplate jdbc;
    private final EventPositions positions;

    public WebhookDeliveryProjection(NamedParameterJdbcTemplate jdbc, EventPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    public void on(WebhookDeliveryAttemptedEvent event, @MessageIdentifier String eventId,
            TrackingToken token) {
        WebhookAttempt attempt = event.attempt();
        MapSqlParameterSource values = new MapSqlParameterSource()
                .addValue("id", event.deliveryId())
                .addValue("subscriptionId", event.subscriptionId())
                .addValue("applicationId", event.applicationId())
                .addValue("eventId", event.eventId())
                .addValue("eventType", event.eventType())
                .addValue("status", statusOf(event.outcome()))
                .addValue("number", attempt.number())
                .addValue("statusCode", attempt.statusCode())
                .addValue("requestedAt", timestamp(attempt.requestedAt()))
                .addValue("nextAttemptAt", timestamp(event.nextAttemptAt()))
                .addValue("latency", attempt.latencyMillis())
                .addValue("body", attempt.responseBody())
                .addValue("error", attempt.error())
                .addValue("outcome", event.outcome().name())
                .addValue("position", positions.of(eventId, token));
        jdbc.update("""
                INSERT INTO webhook_delivery_view (id, position, subscription_id, application_id,
                    event_id, event_type, status, attempts, last_status_code, last_attempt_at,
                    next_attempt_at)
                VALUES (:id, :position, :subscriptionId, :applicationId, :eventId, :eventType,
                    :status, :number, :statusCode, :requestedAt, :nextAttemptAt)
                ON CONFLICT (id) DO UPDATE SET status = :status, attempts = :number,
                    last_status_code = :statusCode, last_attempt_at = :requestedAt,
                    next_attempt_at = :nextAttemptAt
                WHERE webhook_delivery_view.attempts < :number""", values);
        jdbc.update("""
                INSERT INTO webhook_attempt_view (delivery_id, number, application_id,
                    requested_at, status_code, latency_millis, response_body, error, outcome)
                VALUES (:id, :number, :applicationId, :requestedAt, :statusCode, :latency,
                    :body, :error, :outcome)
                ON CONFLICT (delivery_id, number) DO NOTHING""", values);
    }

    @EventHandler
    public void on(WebhookRedeliveryRequestedEvent event) {
        jdbc.update("""
                UPDATE webhook_delivery_view SET status = 'PENDING', next_attempt_at = :at
                WHERE id = :id AND application_id = :applicationId""",
                new MapSqlParameterSource().addValue("id", event.deliveryId())
                        .addValue("applicationId", event.applicationId())
                        .addValue("at", timestamp(event.requestedAt())));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE webhook_delivery_view, webhook_attempt_view");
    }

    private static String statusOf(DeliveryOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED -> "SUCCEEDED";
            case RETRY_SCHEDULED -> "RETRYING";
            case FAILED -> "FAILED";
        };
    }
}
