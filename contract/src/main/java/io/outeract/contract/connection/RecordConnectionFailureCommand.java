package io.outeract.contract.connection;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a connection could not be set up, and the platform's reason. */
public record RecordConnectionFailureCommand(
        @TargetAggregateIdentifier UUID connectionId, String reason) {
}
