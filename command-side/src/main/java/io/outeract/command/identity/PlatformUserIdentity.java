package io.outeract.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.identity.LinkPlatformUserCommand;
import io.outeract.contract.identity.PlatformUserLinkedEvent;
import io.outeract.contract.identity.PlatformUserUnlinkedEvent;
import io.outeract.contract.identity.UnlinkPlatformUserCommand;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Which user one platform user is. Until it is first linked it has no history: it is the user
 * first created for it ({@link DerivedIds#userFirstSeenAs}). Linking to the user it already is,
 * or unlinking what is not linked, changes nothing.
 */
@Aggregate
class PlatformUserIdentity {

    @AggregateIdentifier
    private UUID platformUserId;
    private UUID applicationId;
    private UUID userId;

    protected PlatformUserIdentity() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LinkPlatformUserCommand command, Clock clock) {
        requireSameApplication(command.platformUserId(), command.applicationId());
        UUID current = currentUser(command.platformUserId());
        if (current.equals(command.userId())) {
            return;
        }

        apply(new PlatformUserLinkedEvent(command.platformUserId(), command.applicationId(),
                command.connectionId(), command.userId(), current, clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UnlinkPlatformUserCommand command, Clock clock) {
        requireSameApplication(command.platformUserId(), command.applicationId());
        UUID own = DerivedIds.userFirstSeenAs(command.platformUserId());
        UUID current = currentUser(command.platformUserId());
        if (current.equals(own)) {
            return;
        }

        apply(new PlatformUserUnlinkedEvent(command.platformUserId(), command.applicationId(),
                command.connectionId(), own, current, clock.instant()));
    }

    private void requireSameApplication(UUID platformUser, UUID application) {
        if (applicationId != null && !applicationId.equals(application)) {
            throw new IllegalArgumentException("No platform user " + platformUser);
        }
    }

    private UUID currentUser(UUID platformUser) {
        return userId != null ? userId : DerivedIds.userFirstSeenAs(platformUser);
    }

    @EventSourcingHandler
    void on(PlatformUserLinkedEvent event) {
        platformUserId = event.platformUserId();
        applicationId = event.applicationId();
        userId = event.userId();
    }

    @EventSourcingHandler
    void on(PlatformUserUnlinkedEvent event) {
        platformUserId = event.platformUserId();
        applicationId = event.applicationId();
        userId = event.userId();
    }
}
