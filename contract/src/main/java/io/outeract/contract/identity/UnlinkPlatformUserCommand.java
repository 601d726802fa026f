package io.outeract.contract.identity;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Undo a link: the platform user is again the user first created for it. */
public record UnlinkPlatformUserCommand(
        @TargetAggregateIdentifier UUID platformUserId,
        UUID applicationId,
        UUID connectionId) {
}
