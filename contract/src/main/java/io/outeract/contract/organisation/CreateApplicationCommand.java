package io.outeract.contract.organisation;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an application inside an organisation that the requesting admin belongs to. */
public record CreateApplicationCommand(
        @TargetAggregateIdentifier UUID organisationId,
        UUID applicationId,
        String name,
        UUID requestedBy) {
}
