package io.outeract.command.subscription;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The durable queue of deliveries, one row per event and subscription, so that a replayed or
 * re-read event never queues a second one. Rows are claimed with SKIP LOCKED and a lease, so
 * several servers share the queue and a server that dies mid-call leaves rows that fall due
 * again once their lease lapses. Finished rows stay, so that they can be delivered again.
 */
@Component
class WebhookQueue {

    private final JdbcTemplate jdbc;

    WebhookQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(UUID deliveryId, Endpoint endpoint, DeliverableEvent event, String body,
            Instant dueAt) {
        jdbc.update("""
                INSERT INTO webhook_delivery (delivery_id, subscription_id, application_id,
                    event_id, event_type, body, due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (delivery_id) DO NOTHING""",
                deliveryId, endpoint.subscriptionId(), endpoint.applicationId(), event.eventId(),
                event.type(), body, Timestamp.from(dueAt));
    }

    /**
     * Claims up to {@code limit} due deliveries of active endpoints for {@code lease}, at most
     * {@code perEndpoint} per endpoint less those it has in flight already; each claim counts an
     * attempt. Endpoints are taken in random order, so none waits behind the others.
     */
    List<QueuedDelivery> claimDue(Map<UUID, Integer> inFlight, int perEndpoint, int limit,
            Duration lease) {
        UUID[] busy = inFlight.keySet().toArray(UUID[]::new);
        Integer[] counts = inFlight.values().toArray(Integer[]::new);
        return jdbc.query("""
                UPDATE webhook_delivery AS queued
                SET claimed_until = now() + ?::interval, attempts = queued.attempts + 1
                FROM (SELECT picked.delivery_id, endpoint.url
                      FROM (SELECT subscription_id, url FROM webhook_subscription
                            WHERE status = 'ACTIVE' ORDER BY random()) AS endpoint
                      LEFT JOIN unnest(?::uuid[], ?::int[]) AS busy(subscription_id, calls)
                             ON busy.subscription_id = endpoint.subscription_id
                      CROSS JOIN LATERAL (
                          SELECT delivery_id FROM webhook_delivery AS candidate
                          WHERE candidate.subscription_id = endpoint.subscription_id
                            AND candidate.state = 'PENDING' AND candidate.due_at <= now()
                            AND (candidate.claimed_until IS NULL
                                 OR candidate.claimed_until < now())
                          ORDER BY candidate.due_at
                          LIMIT greatest(? - coalesce(busy.calls, 0), 0)
                          FOR UPDATE SKIP LOCKED) AS picked
                      LIMIT ?) AS due
                WHERE queued.delivery_id = due.delivery_id
                RETURNING queued.delivery_id, queued.subscription_id, queued.application_id,
                          queued.event_id, queued.event_type, queued.body, due.url,
                          queued.attempts, queued.attempts - queued.round_start AS round""",
                (row, index) -> new QueuedDelivery(
                        row.getObject("delivery_id", UUID.class),
                        row.getObject("subscription_id", UUID.class),
                        row.getObject("application_id", UUID.class),
                        row.getObject("event_id", UUID.class),
                        row.getString("event_type"),
                        row.getString("body"),
                        row.getString("url"),
                        row.getInt("attempts"),
                        row.getInt("round")),
                lease.toMillis() + " milliseconds", busy, counts, perEndpoint, limit);
    }

    void retryAt(UUID deliveryId, Instant dueAt) {
        jdbc.update("UPDATE webhook_delivery SET due_at = ?, claimed_until = NULL"
                + " WHERE delivery_id = ?", Timestamp.from(dueAt), deliveryId);
    }

    void finish(UUID deliveryId, boolean succeeded, Instant at) {
        jdbc.update("""
                UPDATE webhook_delivery SET state = ?, finished_at = ?, claimed_until = NULL
                WHERE delivery_id = ?""", succeeded ? "SUCCEEDED" : "FAILED",
                Timestamp.from(at), deliveryId);
    }

    /** Queues a delivery again, due now, with a fresh round of the retry schedule. */
    void requeue(UUID deliveryId, Instant now) {
        jdbc.update("""
                UPDATE webhook_delivery
                SET state = 'PENDING', due_at = ?, claimed_until = NULL, finished_at = NULL,
                    round_start = attempts
                WHERE delivery_id = ?""", Timestamp.from(now), deliveryId);
    }

    /** The delivery's subscription, when it is a delivery of this application. */
    Optional<UUID> subscriptionOf(UUID deliveryId, UUID applicationId) {
        return jdbc.query("SELECT subscription_id FROM webhook_delivery"
                        + " WHERE delivery_id = ? AND application_id = ?",
                (row, index) -> row.getObject(1, UUID.class), deliveryId, applicationId)
                .stream().findFirst();
    }

    List<UUID> failedSince(UUID subscriptionId, UUID applicationId, Instant since, int limit) {
        return jdbc.query("""
                SELECT delivery_id FROM webhook_delivery
                WHERE subscription_id = ? AND application_id = ? AND state = 'FAILED'
                  AND finished_at >= ?
                ORDER BY finished_at LIMIT ?""",
                (row, index) -> row.getObject(1, UUID.class),
                subscriptionId, applicationId, Timestamp.from(since), limit);
    }

    /** When the next delivery falls due, so the dispatcher can sleep until then. */
    Instant nextDueAt() {
        List<Timestamp> next = jdbc.query("""
                SELECT min(due_at) FROM webhook_delivery
                WHERE state = 'PENDING' AND claimed_until IS NULL""",
                (row, index) -> row.getTimestamp(1));
        return next.isEmpty() || next.get(0) == null ? null : next.get(0).toInstant();
    }
}
