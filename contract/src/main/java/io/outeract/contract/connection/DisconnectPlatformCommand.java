package io.outeract.contract.connection;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Disconnect: the connection's webhook stops being accepted and its credentials are erased. */
public record DisconnectPlatformCommand(
        @TargetAggregateIdentifier UUID connectionId, UUID applicationId) {
}
