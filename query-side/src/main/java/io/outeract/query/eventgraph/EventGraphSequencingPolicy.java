package io.outeract.query.eventgraph;

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
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Sequences the event graph by connection: every event of one connection is handled in one
 * segment, in order. The default, per aggregate, would spread a connection's events (each
 * inbound item is an aggregate of its own) over all segments, which would then race on the
 * rows they share: the connection's bot and its regular correspondents. In one segment, the
 * projections' position checks see every earlier write, and no two segments lock the same row.
 */
public class EventGraphSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        UUID connectionId;
        try {
            connectionId = connectionOf(event.getPayload());
        } catch (RuntimeException unreadable) {
            // A payload that cannot be read must still get a sequence, or it could not be
            // dead-lettered and would stop its whole segment; its aggregate is one of its own.
            connectionId = null;
        }
        return connectionId != null
                ? connectionId
                : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }

    private static UUID connectionOf(Object payload) {
        if (payload instanceof MessageReceivedEvent event) {
            return event.connectionId();
        } else if (payload instanceof MessageEditedEvent event) {
            return event.connectionId();
        } else if (payload instanceof PlatformEventReceivedEvent event) {
            return event.connectionId();
        } else if (payload instanceof DeliveryStatusReportedEvent event) {
            return event.connectionId();
        } else if (payload instanceof PlatformUserLinkedEvent event) {
            return event.connectionId();
        } else if (payload instanceof PlatformUserUnlinkedEvent event) {
            return event.connectionId();
        } else if (payload instanceof AttachmentStoredEvent event) {
            return event.connectionId();
        } else if (payload instanceof AttachmentUnavailableEvent event) {
            return event.connectionId();
        } else if (payload instanceof MessageSendRequestedEvent event) {
            return event.connectionId();
        } else if (payload instanceof MessageSentEvent event) {
            return event.connectionId();
        } else if (payload instanceof MessageSendRetryScheduledEvent event) {
            return event.connectionId();
        } else if (payload instanceof MessageFailedEvent event) {
            return event.connectionId();
        }
        return null;
    }
}
