package io.outeract.contract.identity;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Say that a platform user is this user: the same person, on another platform or account. */
public record LinkPlatformUserCommand(
        @TargetAggregateIdentifier UUID platformUserId,
        UUID applicationId,
        UUID connectionId,
        UUID userId) {
}
