package io.outeract.command.inbound;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.outeract.contract.common.Platform;
import io.outeract.contract.inbound.AttachmentStoredEvent;
import io.outeract.contract.inbound.AttachmentUnavailableEvent;
import io.outeract.contract.inbound.DeliveryStatusReportedEvent;
import io.outeract.contract.inbound.InboundRecord;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import io.outeract.contract.inbound.RecordAttachmentUnavailableCommand;
import io.outeract.contract.inbound.RecordDeliveryStatusCommand;
import io.outeract.contract.inbound.RecordMessageEditedCommand;
import io.outeract.contract.inbound.RecordMessageReceivedCommand;
import io.outeract.contract.inbound.RecordPlatformEventCommand;
import io.outeract.contract.inbound.StoreAttachmentCommand;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One item a platform delivered, recorded once. Its id is derived from the platform's own
 * deduplication key, so the event store's unique (aggregate, sequence) index is the last guard
 * against storing a redelivery twice.
 */
@Aggregate
class InboundEvent {

    @AggregateIdentifier
    private UUID eventId;
    private UUID applicationId;
    private UUID connectionId;
    private Platform platform;
    private int attachmentCount;
    private final Set<Integer> settledAttachments = new HashSet<>();

    protected InboundEvent() {
    }

    /** {@code origin}: the webhook request the item came in, for the history to show. */
    InboundEvent(InboundRecord record, MetaData origin) {
        apply(eventFor(record), origin);
    }

    private static Object eventFor(InboundRecord record) {
        if (record instanceof RecordMessageReceivedCommand received) {
            return new MessageReceivedEvent(received.eventId(), received.applicationId(),
                    received.connectionId(), received.platform(), received.dedupeKey(),
                    received.message(), received.occurredAt(), received.receivedAt());
        }
        if (record instanceof RecordMessageEditedCommand edited) {
            return new MessageEditedEvent(edited.eventId(), edited.applicationId(),
                    edited.connectionId(), edited.platform(), edited.dedupeKey(),
                    edited.message(), edited.editedAt(), edited.receivedAt());
        }
        if (record instanceof RecordDeliveryStatusCommand status) {
            return new DeliveryStatusReportedEvent(status.eventId(), status.applicationId(),
                    status.connectionId(), status.platform(), status.dedupeKey(),
                    status.status(), status.occurredAt(), status.receivedAt());
        }
        RecordPlatformEventCommand other = (RecordPlatformEventCommand) record;
        return new PlatformEventReceivedEvent(other.eventId(), other.applicationId(),
                other.connectionId(), other.platform(), other.dedupeKey(), other.kind(),
                other.actor(), other.rawPayload(), other.occurredAt(), other.receivedAt());
    }

    /** Keeps the file an attachment was stored as; the first file stored for it stays. */
    @CommandHandler
    void handle(StoreAttachmentCommand command) {
        if (!awaits(command.attachmentIndex())) {
            return;
        }

        apply(new AttachmentStoredEvent(eventId, applicationId, connectionId, platform,
                command.attachmentIndex(), command.fileId(), command.mimeType(),
                command.sizeBytes(), command.sha256Hex(), command.storedAt(),
                command.fileName()));
    }

    @CommandHandler
    void handle(RecordAttachmentUnavailableCommand command) {
        if (!awaits(command.attachmentIndex())) {
            return;
        }

        apply(new AttachmentUnavailableEvent(eventId, applicationId, connectionId, platform,
                command.attachmentIndex(), command.reason(), command.at()));
    }

    private boolean awaits(int attachmentIndex) {
        if (attachmentIndex < 0 || attachmentIndex >= attachmentCount) {
            throw new IllegalArgumentException("Inbound event " + eventId + " has no attachment "
                    + attachmentIndex);
        }
        return !settledAttachments.contains(attachmentIndex);
    }

    @EventSourcingHandler
    void on(MessageReceivedEvent event) {
        eventId = event.eventId();
        applicationId = event.applicationId();
        connectionId = event.connectionId();
        platform = event.platform();
        attachmentCount = event.message().attachments().size();
    }

    @EventSourcingHandler
    void on(AttachmentStoredEvent event) {
        settledAttachments.add(event.attachmentIndex());
    }

    @EventSourcingHandler
    void on(AttachmentUnavailableEvent event) {
        settledAttachments.add(event.attachmentIndex());
    }

    @EventSourcingHandler
    void on(MessageEditedEvent event) {
        eventId = event.eventId();
    }

    @EventSourcingHandler
    void on(DeliveryStatusReportedEvent event) {
        eventId = event.eventId();
    }

    @EventSourcingHandler
    void on(PlatformEventReceivedEvent event) {
        eventId = event.eventId();
    }
}
