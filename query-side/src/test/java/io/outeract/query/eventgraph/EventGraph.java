package io.outeract.query.eventgraph;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import io.outeract.contract.outbound.MessageFailedEvent;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageSendRetryScheduledEvent;
import io.outeract.contract.outbound.MessageSentEvent;
import io.outeract.query.ReadModelDatabase;
import io.outeract.query.DeferredWrites;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The event-graph processing group over the test database: its projections, handed each event
 * the way Axon hands it to every handler of the group, and its query handlers.
 */
final class EventGraph {

    final NamedParameterJdbcTemplate jdbc = ReadModelDatabase.jdbc();

    final EventPositions positions = new EventPositions(
            jdbc, "domain_event_entry", "global_index", "event_identifier");

    // Outside a unit of work the writes go out at once, as each handler runs.
    final DeferredWrites writes = new DeferredWrites(jdbc);

    final EventProjection events =
            new EventProjection(jdbc, positions, new ObjectMapper(), writes);
    final EventParticipantProjection participants =
            new EventParticipantProjection(jdbc, positions, writes);
    final PlatformUserProjection platformUsers =
            new PlatformUserProjection(jdbc, positions, writes);
    final UserProjection users = new UserProjection(jdbc, positions, writes);
    final OutboundMessageProjection outboundMessages =
            new OutboundMessageProjection(jdbc, writes);

    final EventQueries eventQueries = new EventQueries(jdbc);
    final UserQueries userQueries = new UserQueries(jdbc);
    final MessageQueries messageQueries = new MessageQueries(jdbc);

    /** Handles the event at the next global position, and tells how it was delivered. */
    Delivery deliver(Object event) {
        Delivery delivery = Delivery.next();
        deliver(event, delivery);
        return delivery;
    }

    /** Handles the event as delivered before: again, after a stolen claim, or late. */
    void deliver(Object event, Delivery delivery) {
        String id = delivery.messageId();
        var token = delivery.token();
        var timestamp = delivery.timestamp();
        if (event instanceof MessageReceivedEvent received) {
            events.on(received, id, token, timestamp);
            participants.on(received, id, token, timestamp);
            platformUsers.on(received, id, token, timestamp);
            users.on(received, id, token, timestamp);
        } else if (event instanceof MessageEditedEvent edited) {
            events.on(edited, id, token, timestamp);
            participants.on(edited, id, token, timestamp);
            platformUsers.on(edited, id, token, timestamp);
            users.on(edited, id, token, timestamp);
        } else if (event instanceof PlatformEventReceivedEvent platformEvent) {
            events.on(platformEvent, id, token, timestamp);
            participants.on(platformEvent, id, token, timestamp);
            platformUsers.on(platformEvent, id, token, timestamp);
            users.on(platformEvent, id, token, timestamp);
        } else if (event instanceof MessageSendRequestedEvent requested) {
            events.on(requested, id, token, timestamp);
            participants.on(requested, id, token);
            outboundMessages.on(requested, timestamp);
        } else if (event instanceof MessageSentEvent sent) {
            events.on(sent, id, token, timestamp);
            outboundMessages.on(sent, timestamp);
        } else if (event instanceof MessageSendRetryScheduledEvent retry) {
            events.on(retry, id, token, timestamp);
            outboundMessages.on(retry, timestamp);
        } else if (event instanceof MessageFailedEvent failed) {
            events.on(failed, id, token, timestamp);
            outboundMessages.on(failed, timestamp);
        } else {
            throw new IllegalArgumentException("The event graph handles no " + event);
        }
    }

    void resetAll() {
        events.reset();
        participants.reset();
        platformUsers.reset();
        users.reset();
        outboundMessages.reset();
    }

    /** Rows of a table that belong to one application, for asserting on what no query shows. */
    int count(String table, UUID applicationId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM " + table + " WHERE application_id = :applicationId",
                new MapSqlParameterSource("applicationId", applicationId), Integer.class);
    }
}
