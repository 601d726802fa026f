package io.outeract.contract.outbound;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a message cannot be sent, and why. */
public record RecordMessageFailedCommand(
        @TargetAggregateIdentifier UUID messageId, int attempt, SendError error) {
}
