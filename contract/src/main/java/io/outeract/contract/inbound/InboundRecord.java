package io.outeract.contract.inbound;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * One item of a webhook, ready to be recorded: an Outeract event id and the platform's
 * deduplication key.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "record")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RecordMessageReceivedCommand.class, name = "message-received"),
    @JsonSubTypes.Type(value = RecordMessageEditedCommand.class, name = "message-edited"),
    @JsonSubTypes.Type(value = RecordPlatformEventCommand.class, name = "platform-event"),
    @JsonSubTypes.Type(value = RecordDeliveryStatusCommand.class, name = "delivery-status")
})
public sealed interface InboundRecord
        permits RecordMessageReceivedCommand, RecordMessageEditedCommand,
                RecordPlatformEventCommand, RecordDeliveryStatusCommand {

    UUID eventId();

    UUID applicationId();

    UUID connectionId();

    /** The platform's identity of this item, such as {@code telegram:<bot>:update:<id>}. */
    String dedupeKey();

    Instant receivedAt();
}
