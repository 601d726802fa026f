package io.outeract.contract.outbound;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a send attempt failed for a passing reason and when to try again. */
public record ScheduleSendRetryCommand(
        @TargetAggregateIdentifier UUID messageId, int attempt, SendError error, Instant retryAt) {
}
