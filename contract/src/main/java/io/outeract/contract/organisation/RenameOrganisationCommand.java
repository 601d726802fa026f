package io.outeract.contract.organisation;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give an organisation a new name. */
public record RenameOrganisationCommand(
        @TargetAggregateIdentifier UUID organisationId, String name, UUID requestedBy) {
}
