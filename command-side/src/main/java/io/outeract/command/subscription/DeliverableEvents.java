package io.outeract.command.subscription;

import io.outeract.contract.common.EventTypes;
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
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Which domain events an application can subscribe to: exactly those the Developer API's event
 * history shows, under the same dotted types and times (the event-graph's EventProjection).
 */
final class DeliverableEvents {

    private DeliverableEvents() {
    }

    static Optional<DeliverableEvent> of(Object payload, UUID eventId, Instant storedAt) {
        return Optional.ofNullable(describe(payload, eventId, storedAt));
    }

    // One branch per event type of the history; anything else (subscriptions' own events,
    // connections, keys) is not delivered.
    private static DeliverableEvent describe(Object payload, UUID id, Instant storedAt) {
        if (payload instanceof MessageReceivedEvent e) {
            return event(id, e.applicationId(), EventTypes.MESSAGE_RECEIVED, e,
                    e.occurredAt(), e.receivedAt(), storedAt);
        }
        if (payload instanceof MessageEditedEvent e) {
            return event(id, e.applicationId(), EventTypes.MESSAGE_EDITED, e,
                    e.editedAt(), e.receivedAt(), storedAt);
        }
        if (payload instanceof PlatformEventReceivedEvent e) {
            return event(id, e.applicationId(), EventTypes.platformEvent(e.kind()), e,
                    e.occurredAt(), e.receivedAt(), storedAt);
        }
        if (payload instanceof DeliveryStatusReportedEvent e) {
            return event(id, e.applicationId(), EventTypes.MESSAGE_STATUS_UPDATED, e,
                    e.occurredAt(), e.receivedAt(), storedAt);
        }
        if (payload instanceof AttachmentStoredEvent e) {
            return event(id, e.applicationId(), EventTypes.ATTACHMENT_STORED, e,
                    e.storedAt(), storedAt);
        }
        if (payload instanceof AttachmentUnavailableEvent e) {
            return event(id, e.applicationId(), EventTypes.ATTACHMENT_UNAVAILABLE, e,
                    e.at(), storedAt);
        }
        if (payload instanceof PlatformUserLinkedEvent e) {
            return event(id, e.applicationId(), EventTypes.PLATFORM_USER_LINKED, e,
                    e.linkedAt(), storedAt);
        }
        if (payload instanceof PlatformUserUnlinkedEvent e) {
            return event(id, e.applicationId(), EventTypes.PLATFORM_USER_UNLINKED, e,
                    e.unlinkedAt(), storedAt);
        }
        return describeOutbound(payload, id, storedAt);
    }

    private static DeliverableEvent describeOutbound(Object payload, UUID id, Instant storedAt) {
        if (payload instanceof MessageSendRequestedEvent e) {
            return event(id, e.applicationId(), EventTypes.MESSAGE_SEND_REQUESTED, e,
                    e.requestedAt(), storedAt);
        }
        if (payload instanceof MessageSentEvent e) {
            return event(id, e.applicationId(), EventTypes.MESSAGE_SENT, e,
                    e.sentAt(), storedAt);
        }
        if (payload instanceof MessageSendRetryScheduledEvent e) {
            return event(id, e.applicationId(), EventTypes.MESSAGE_RETRY_SCHEDULED, e,
                    e.scheduledAt(), storedAt);
        }
        if (payload instanceof MessageFailedEvent e) {
            return event(id, e.applicationId(), EventTypes.MESSAGE_FAILED, e,
                    e.failedAt(), storedAt);
        }
        return null;
    }

    private static DeliverableEvent event(UUID id, UUID applicationId, String type,
            Object payload, Instant... times) {
        Instant occurredAt = null;
        for (Instant time : times) {
            if (time != null) {
                occurredAt = time;
                break;
            }
        }
        return new DeliverableEvent(id, applicationId, type, occurredAt, payload);
    }
}
