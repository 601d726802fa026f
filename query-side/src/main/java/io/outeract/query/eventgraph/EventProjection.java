package io.outeract.query.eventgraph;

import static io.outeract.query.SqlValues.timestamp;
import static io.outeract.query.SqlValues.wireName;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.outeract.contract.common.EventTypes;
import io.outeract.contract.common.Platform;
import io.outeract.contract.identity.PlatformUserLinkedEvent;
import io.outeract.contract.identity.PlatformUserUnlinkedEvent;
import io.outeract.contract.inbound.AttachmentStoredEvent;
import io.outeract.contract.inbound.AttachmentUnavailableEvent;
import io.outeract.contract.inbound.DeliveryStatusReportedEvent;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import io.outeract.contract.outbound.MessageFailedEvent;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageSendRetryScheduledEvent;
import io.outeract.contract.outbound.MessageSentEvent;
import io.outeract.query.DeferredWrites;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The history of each application, one row per event: its Developer API type, the event record
 * as JSON, and its global position, which orders and pages the history.
 */
@Component
@ProcessingGroup("event-graph")
public class EventProjection {

    // Sent, retried and failed messages do not carry their platform: it is taken from the send
    // request's outbound_message row, which the same group wrote earlier, since one message's
    // events arrive in order. platform_connection would do too, but belongs to another
    // processing group, which may lag behind or be replaying.
    private static final String INSERT_EVENT = """
            INSERT INTO event (id, application_id, event_type, connection_id, platform,
                payload, created_at, position, aggregate_id, aggregate_sequence, metadata)
            VALUES (:id, :applicationId, :eventType, :connectionId,
                COALESCE(CAST(:platform AS text), (SELECT m.platform FROM outbound_message m
                    WHERE m.application_id = :applicationId AND m.id = :messageId)),
                CAST(:payload AS jsonb), :createdAt, :position, :aggregateId,
                :aggregateSequence, CAST(:metadata AS jsonb))
            ON CONFLICT (id) DO NOTHING""";

    /**
     * Writes are gathered by statement and sent in the order each statement first came, so a
     * send request's outbound_message row can still be unwritten when a later event of the
     * same message is inserted in the same batch. This statement runs after all the batch's
     * other writes, and fills in the platform the insert could not find.
     */
    private static final String FILL_PLATFORM = """
            UPDATE event e SET platform = m.platform
            FROM outbound_message m
            WHERE e.id = :id AND e.platform IS NULL AND m.application_id = :applicationId
                AND m.id = :messageId AND m.platform IS NOT NULL""";

    private final NamedParameterJdbcTemplate jdbc;
    private final DeferredWrites writes;
    private final EventPositions positions;
    private final ObjectMapper json;

    public EventProjection(
            NamedParameterJdbcTemplate jdbc, EventPositions positions,
            ObjectMapper objectMapper, DeferredWrites writes) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.positions = positions;
        // A copy, so that payloads keep ISO dates whatever the application's mapper is set to.
        this.json = objectMapper.copy()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @EventHandler
    public void on(MessageReceivedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.MESSAGE_RECEIVED, event.applicationId(),
                event.connectionId(), event.platform(), null, event,
                EventTime.of(event, timestamp));
    }

    @EventHandler
    public void on(MessageEditedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.MESSAGE_EDITED, event.applicationId(),
                event.connectionId(), event.platform(), null, event,
                EventTime.of(event, timestamp));
    }

    @EventHandler
    public void on(PlatformEventReceivedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.platformEvent(event.kind()), event.applicationId(),
                event.connectionId(), event.platform(), null, event,
                EventTime.of(event, timestamp));
    }

    @EventHandler
    public void on(DeliveryStatusReportedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.MESSAGE_STATUS_UPDATED, event.applicationId(),
                event.connectionId(), event.platform(), null, event,
                EventTime.of(event, timestamp));
    }

    @EventHandler
    public void on(AttachmentStoredEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.ATTACHMENT_STORED, event.applicationId(),
                event.connectionId(), event.platform(), null, event, event.storedAt());
    }

    @EventHandler
    public void on(AttachmentUnavailableEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.ATTACHMENT_UNAVAILABLE, event.applicationId(),
                event.connectionId(), event.platform(), null, event, event.at());
    }

    @EventHandler
    public void on(PlatformUserLinkedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.PLATFORM_USER_LINKED, event.applicationId(),
                event.connectionId(), null, null, event, event.linkedAt());
    }

    @EventHandler
    public void on(PlatformUserUnlinkedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.PLATFORM_USER_UNLINKED, event.applicationId(),
                event.connectionId(), null, null, event, event.unlinkedAt());
    }

    @EventHandler
    public void on(MessageSendRequestedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.MESSAGE_SEND_REQUESTED, event.applicationId(),
                event.connectionId(), event.platform(), event.messageId(), event,
                EventTime.of(event, timestamp));
    }

    @EventHandler
    public void on(MessageSentEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.MESSAGE_SENT, event.applicationId(),
                event.connectionId(), null, event.messageId(), event,
                EventTime.of(event, timestamp));
    }

    @EventHandler
    public void on(MessageSendRetryScheduledEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.MESSAGE_RETRY_SCHEDULED, event.applicationId(),
                event.connectionId(), null, event.messageId(), event,
                EventTime.of(event, timestamp));
    }

    @EventHandler
    public void on(MessageFailedEvent event, @MessageIdentifier String eventId,
            TrackingToken token, @Timestamp Instant timestamp) {
        record(eventId, token, EventTypes.MESSAGE_FAILED, event.applicationId(),
                event.connectionId(), null, event.messageId(), event,
                EventTime.of(event, timestamp));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE event");
    }

    private void record(String eventId, TrackingToken token, String eventType,
            UUID applicationId, UUID connectionId, Platform platform, UUID messageId,
            Object payload, Instant createdAt) {
        Optional<DomainEventMessage<?>> handled = handledMessage();
        writes.add(INSERT_EVENT, new MapSqlParameterSource()
                .addValue("id", UUID.fromString(eventId))
                .addValue("applicationId", applicationId)
                .addValue("eventType", eventType)
                .addValue("connectionId", connectionId)
                .addValue("platform", wireName(platform))
                .addValue("messageId", messageId)
                .addValue("payload", serialised(payload))
                .addValue("createdAt", timestamp(createdAt))
                .addValue("position", positions.of(eventId, token))
                .addValue("aggregateId", handled.map(DomainEventMessage::getAggregateIdentifier)
                        .orElse(null))
                .addValue("aggregateSequence", handled.map(DomainEventMessage::getSequenceNumber)
                        .orElse(null))
                .addValue("metadata", metadataOf()));
        if (platform == null && messageId != null) {
            writes.addAfterTheRest(FILL_PLATFORM, new MapSqlParameterSource()
                    .addValue("id", UUID.fromString(eventId))
                    .addValue("applicationId", applicationId)
                    .addValue("messageId", messageId));
        }
    }

    /**
     * The event being handled, as its unit of work holds it: the handlers name only what
     * they read, and every one of them records its aggregate and metadata alike.
     */
    private static Optional<DomainEventMessage<?>> handledMessage() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        Object message = CurrentUnitOfWork.get().getMessage();
        return message instanceof DomainEventMessage<?> domain ? Optional.of(domain)
                : Optional.empty();
    }

    private String metadataOf() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        Map<String, Object> metadata = new TreeMap<>(CurrentUnitOfWork.get().getMessage()
                .getMetaData());
        try {
            return JsonbText.of(json.writeValueAsString(metadata));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's metadata cannot be stored", e);
        }
    }

    private String serialised(Object payload) {
        try {
            return JsonbText.of(json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + payload.getClass().getName(), e);
        }
    }
}
