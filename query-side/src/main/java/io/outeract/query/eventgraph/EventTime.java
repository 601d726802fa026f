package io.outeract.query.eventgraph;

import io.outeract.contract.inbound.DeliveryStatusReportedEvent;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import io.outeract.contract.outbound.MessageFailedEvent;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageSendRetryScheduledEvent;
import io.outeract.contract.outbound.MessageSentEvent;
import java.time.Instant;

/**
 * When an event happened, as the history should show it: the domain time the event carries,
 * else when Outeract received it, else when the event was stored ({@code timestamp}).
 */
final class EventTime {

    private EventTime() {
    }

    static Instant of(MessageReceivedEvent event, Instant timestamp) {
        return firstKnown(event.occurredAt(), event.receivedAt(), timestamp);
    }

    static Instant of(MessageEditedEvent event, Instant timestamp) {
        return firstKnown(event.editedAt(), event.receivedAt(), timestamp);
    }

    static Instant of(PlatformEventReceivedEvent event, Instant timestamp) {
        return firstKnown(event.occurredAt(), event.receivedAt(), timestamp);
    }

    static Instant of(DeliveryStatusReportedEvent event, Instant timestamp) {
        return firstKnown(event.occurredAt(), event.receivedAt(), timestamp);
    }

    static Instant of(MessageSendRequestedEvent event, Instant timestamp) {
        return firstKnown(event.requestedAt(), timestamp);
    }

    static Instant of(MessageSentEvent event, Instant timestamp) {
        return firstKnown(event.sentAt(), timestamp);
    }

    static Instant of(MessageSendRetryScheduledEvent event, Instant timestamp) {
        return firstKnown(event.scheduledAt(), timestamp);
    }

    static Instant of(MessageFailedEvent event, Instant timestamp) {
        return firstKnown(event.failedAt(), timestamp);
    }

    private static Instant firstKnown(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("The event carries no time and has no timestamp");
    }
}
