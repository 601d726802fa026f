package io.outeract.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.outeract.contract.organisation.ApplicationCreatedEvent;
import io.outeract.contract.organisation.ApplicationRenamedEvent;
import io.outeract.contract.organisation.CreateApplicationCommand;
import io.outeract.contract.organisation.CreateOrganisationCommand;
import io.outeract.contract.organisation.OrganisationCreatedEvent;
import io.outeract.contract.organisation.OrganisationRenamedEvent;
import io.outeract.contract.organisation.RenameApplicationCommand;
import io.outeract.contract.organisation.RenameOrganisationCommand;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An organisation: who may administer it, and which applications it owns. Applications are
 * created here so that only a member can create one, checked against this aggregate's own state.
 */
@Aggregate
class Organisation {

    @AggregateIdentifier
    private UUID organisationId;
    private final Set<UUID> members = new HashSet<>();
    private final Set<UUID> applications = new HashSet<>();

    protected Organisation() {
    }

    @CommandHandler
    Organisation(CreateOrganisationCommand command, Clock clock) {
        Names.requireValid(command.name(), "organisation");

        apply(new OrganisationCreatedEvent(
                command.organisationId(), command.name().strip(), command.requestedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RenameOrganisationCommand command, Clock clock) {
        requireMember(command.requestedBy());
        Names.requireValid(command.name(), "organisation");

        apply(new OrganisationRenamedEvent(
                organisationId, command.name().strip(), clock.instant()));
    }

    @CommandHandler
    void handle(CreateApplicationCommand command, Clock clock) {
        requireMember(command.requestedBy());
        Names.requireValid(command.name(), "application");
        if (applications.contains(command.applicationId())) {
            throw new IllegalStateException("The application already exists");
        }

        apply(new ApplicationCreatedEvent(
                organisationId, command.applicationId(), command.name().strip(), clock.instant()));
    }

    @CommandHandler
    void handle(RenameApplicationCommand command, Clock clock) {
        requireMember(command.requestedBy());
        Names.requireValid(command.name(), "application");
        if (!applications.contains(command.applicationId())) {
            throw new ApplicationNotFoundException(command.applicationId());
        }

        apply(new ApplicationRenamedEvent(
                organisationId, command.applicationId(), command.name().strip(), clock.instant()));
    }

    @EventSourcingHandler
    void on(OrganisationCreatedEvent event) {
        organisationId = event.organisationId();
        members.add(event.createdBy());
    }

    @EventSourcingHandler
    void on(ApplicationCreatedEvent event) {
        applications.add(event.applicationId());
    }

    private void requireMember(UUID adminId) {
        if (!members.contains(adminId)) {
            throw new NotAMemberException(organisationId);
        }
    }
}
