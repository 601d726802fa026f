package io.outeract.contract.outbound;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the platform accepted a message, under its own id for it. */
public record RecordMessageSentCommand(
        @TargetAggregateIdentifier UUID messageId, String platformMessageId, int attempt,
        Integer segments) {

    public RecordMessageSentCommand(UUID messageId, String platformMessageId, int attempt) {
        this(messageId, platformMessageId, attempt, null);
    }
}
