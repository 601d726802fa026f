package io.outeract.contract.connection;

import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Connect an application to an account on a platform, with the credentials to speak for it. */
public record ConnectPlatformCommand(
        @TargetAggregateIdentifier UUID connectionId,
        UUID applicationId,
        Platform platform,
        String externalAccountId,
        String displayName,
        Credentials credentials) {
}
