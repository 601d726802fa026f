package io.outeract.query.eventgraph;

import static io.outeract.query.SqlValues.timestamp;
import static io.outeract.query.SqlValues.wireName;

import io.outeract.contract.inbound.DeliveryStatus;
import io.outeract.contract.inbound.DeliveryStatusReportedEvent;
import io.outeract.contract.outbound.MessageFailedEvent;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageSendRetryScheduledEvent;
import io.outeract.contract.outbound.MessageSentEvent;
import io.outeract.contract.outbound.SendError;
import io.outeract.query.DeferredWrites;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far each outbound message got: requested, retry_scheduled (after a passing failure, with
 * that failure's error), then sent or failed for good; and after it was sent, how far the
 * platform reports it got (delivered, read, failed), in {@code message_delivery}.
 *
 * <p>The status only moves forward, whatever order the events come in: each event upserts the
 * row, and its update applies only when it takes the message further. A request that comes
 * late fills in what it alone knows and leaves the status alone.
 */
@Component
@ProcessingGroup("event-graph")
public class OutboundMessageProjection {

    static final String REQUESTED = "requested";
    static final String RETRY_SCHEDULED = "retry_scheduled";
    static final String SENT = "sent";
    static final String FAILED = "failed";

    private final NamedParameterJdbcTemplate jdbc;
    private final DeferredWrites writes;

    public OutboundMessageProjection(NamedParameterJdbcTemplate jdbc, DeferredWrites writes) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(MessageSendRequestedEvent event, @Timestamp Instant timestamp) {
        writes.add("""
                INSERT INTO outbound_message AS m (id, application_id, connection_id, platform,
                    external_chat_id, status, attempts, requested_at, updated_at)
                VALUES (:id, :applicationId, :connectionId, :platform,
                    :externalChatId, :status, 0, :at, :at)
                ON CONFLICT (id) DO UPDATE SET platform = excluded.platform,
                    external_chat_id = excluded.external_chat_id,
                    requested_at = excluded.requested_at
                WHERE m.application_id = excluded.application_id AND m.requested_at IS NULL""",
                new MapSqlParameterSource()
                        .addValue("id", event.messageId())
                        .addValue("applicationId", event.applicationId())
                        .addValue("connectionId", event.connectionId())
                        .addValue("platform", wireName(event.platform()))
                        .addValue("externalChatId", event.externalChatId())
                        .addValue("status", REQUESTED)
                        .addValue("at", timestamp(EventTime.of(event, timestamp))));
    }

    @EventHandler
    public void on(MessageSentEvent event, @Timestamp Instant timestamp) {
        // A success makes the error of an earlier, retried attempt history.
        writes.add("""
                INSERT INTO outbound_message AS m (id, application_id, connection_id, status,
                    platform_message_id, attempts, updated_at)
                VALUES (:id, :applicationId, :connectionId, :status,
                    :platformMessageId, :attempt, :at)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status,
                    platform_message_id = excluded.platform_message_id,
                    attempts = excluded.attempts,
                    error_code = NULL, error_description = NULL,
                    updated_at = excluded.updated_at
                WHERE m.application_id = excluded.application_id
                    AND m.status IN ('requested', 'retry_scheduled')""",
                new MapSqlParameterSource()
                        .addValue("id", event.messageId())
                        .addValue("applicationId", event.applicationId())
                        .addValue("connectionId", event.connectionId())
                        .addValue("status", SENT)
                        .addValue("platformMessageId", event.platformMessageId())
                        .addValue("attempt", event.attempt())
                        .addValue("at", timestamp(EventTime.of(event, timestamp))));
    }

    @EventHandler
    public void on(MessageSendRetryScheduledEvent event, @Timestamp Instant timestamp) {
        // A later retry moves the message on too: its attempt number is higher.
        recordSetback(new Setback(RETRY_SCHEDULED, event.messageId(), event.applicationId(),
                        event.connectionId(), event.attempt(), event.error(),
                        EventTime.of(event, timestamp)),
                "m.status = 'requested' "
                        + "OR (m.status = 'retry_scheduled' AND m.attempts < excluded.attempts)");
    }

    @EventHandler
    public void on(MessageFailedEvent event, @Timestamp Instant timestamp) {
        recordSetback(new Setback(FAILED, event.messageId(), event.applicationId(),
                        event.connectionId(), event.attempt(), event.error(),
                        EventTime.of(event, timestamp)),
                "m.status IN ('requested', 'retry_scheduled')");
    }

    @EventHandler
    public void on(DeliveryStatusReportedEvent event, @Timestamp Instant timestamp) {
        DeliveryStatus status = event.status();
        writes.add("""
                INSERT INTO message_delivery AS d (connection_id, platform_message_id,
                    application_id, state, state_rank, platform_status, error_code,
                    error_description, reported_at)
                VALUES (:connectionId, :platformMessageId, :applicationId, :state, :rank,
                    :platformStatus, :errorCode, :errorDescription, :at)
                ON CONFLICT (connection_id, platform_message_id) DO UPDATE SET
                    state = excluded.state, state_rank = excluded.state_rank,
                    platform_status = excluded.platform_status,
                    error_code = excluded.error_code,
                    error_description = excluded.error_description,
                    reported_at = excluded.reported_at
                WHERE d.application_id = excluded.application_id
                    AND d.state_rank < excluded.state_rank""",
                new MapSqlParameterSource()
                        .addValue("connectionId", event.connectionId())
                        .addValue("platformMessageId", status.platformMessageId())
                        .addValue("applicationId", event.applicationId())
                        .addValue("state", status.state().wireName())
                        .addValue("rank", status.state().ordinal())
                        .addValue("platformStatus", status.platformStatus())
                        .addValue("errorCode", status.errorCode())
                        .addValue("errorDescription", status.errorDescription())
                        .addValue("at", timestamp(EventTime.of(event, timestamp))));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE outbound_message, message_delivery");
    }

    private void recordSetback(Setback setback, String whenItMovesOn) {
        SendError error = setback.error() == null
                ? new SendError(null, null, null)
                : setback.error();

        writes.add("""
                INSERT INTO outbound_message AS m (id, application_id, connection_id, status,
                    error_code, error_description, attempts, updated_at)
                VALUES (:id, :applicationId, :connectionId, :status,
                    :errorCode, :errorDescription, :attempt, :at)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status,
                    error_code = excluded.error_code,
                    error_description = excluded.error_description,
                    attempts = excluded.attempts,
                    updated_at = excluded.updated_at
                WHERE m.application_id = excluded.application_id AND (%s)"""
                        .formatted(whenItMovesOn),
                new MapSqlParameterSource()
                        .addValue("id", setback.messageId())
                        .addValue("applicationId", setback.applicationId())
                        .addValue("connectionId", setback.connectionId())
                        .addValue("status", setback.status())
                        .addValue("errorCode", error.code())
                        .addValue("errorDescription", error.description())
                        .addValue("attempt", setback.attempt())
                        .addValue("at", timestamp(setback.at())));
    }

    /** An attempt that did not succeed: to be retried, or given up on. */
    private record Setback(String status, UUID messageId, UUID applicationId,
            UUID connectionId, int attempt, SendError error, Instant at) {
    }
}
