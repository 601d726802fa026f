package io.outeract.contract.organisation;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give an application of the organisation a new name. */
public record RenameApplicationCommand(
        @TargetAggregateIdentifier UUID organisationId,
        UUID applicationId,
        String name,
        UUID requestedBy) {
}
