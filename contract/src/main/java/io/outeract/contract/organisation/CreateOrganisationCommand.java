package io.outeract.contract.organisation;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an organisation; the admin who asks becomes its first member. */
public record CreateOrganisationCommand(
        @TargetAggregateIdentifier UUID organisationId, String name, UUID requestedBy) {
}
