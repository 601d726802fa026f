package io.outeract.contract.connection;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark a connection live: the platform has accepted its webhook. */
public record ActivateConnectionCommand(@TargetAggregateIdentifier UUID connectionId) {
}
