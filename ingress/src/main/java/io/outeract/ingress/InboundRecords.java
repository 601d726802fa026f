package io.outeract.ingress;

import io.outeract.adapters.InboundItem;
import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.inbound.InboundRecord;
import io.outeract.contract.inbound.RecordDeliveryStatusCommand;
import io.outeract.contract.inbound.RecordMessageEditedCommand;
import io.outeract.contract.inbound.RecordMessageReceivedCommand;
import io.outeract.contract.inbound.RecordPlatformEventCommand;
import java.time.Instant;
import java.util.UUID;

/** Turns what an adapter read into the commands that record it for the connection's tenant. */
final class InboundRecords {

    private InboundRecords() {
    }

    static InboundRecord of(InboundItem item, WebhookEndpoint endpoint, Instant receivedAt) {
        UUID eventId = DerivedIds.inboundEvent(endpoint.applicationId(), item.dedupeKey());
        return switch (item.kind()) {
            case MESSAGE_RECEIVED -> new RecordMessageReceivedCommand(eventId,
                    endpoint.applicationId(), endpoint.connectionId(), endpoint.platform(),
                    item.dedupeKey(), NulFreeText.of(item.message()), item.occurredAt(),
                    receivedAt);
            case MESSAGE_EDITED -> new RecordMessageEditedCommand(eventId,
                    endpoint.applicationId(), endpoint.connectionId(), endpoint.platform(),
                    item.dedupeKey(), NulFreeText.of(item.message()), item.occurredAt(),
                    receivedAt);
            case PLATFORM_EVENT -> new RecordPlatformEventCommand(eventId,
                    endpoint.applicationId(), endpoint.connectionId(), endpoint.platform(),
                    item.dedupeKey(), NulFreeText.of(item.rawKind()),
                    NulFreeText.of(item.actor()), item.rawPayload(), item.occurredAt(),
                    receivedAt);
            case STATUS_REPORTED -> new RecordDeliveryStatusCommand(eventId,
                    endpoint.applicationId(), endpoint.connectionId(), endpoint.platform(),
                    item.dedupeKey(), NulFreeText.of(item.status()), item.occurredAt(),
                    receivedAt);
        };
    }
}
