package io.outeract.contract.connection;

import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Connect an application to an account on a platform, with the credentials to speak for it;
 * {@code groupAccountId} is the larger account it belongs to, where there is one (a WhatsApp
 * number's business account).
 */
public record ConnectPlatformCommand(
        @TargetAggregateIdentifier UUID connectionId,
        UUID applicationId,
        Platform platform,
        String externalAccountId,
        String displayName,
        Credentials credentials,
        String groupAccountId) {

    /** A connection whose account belongs to no larger account of the platform. */
    public ConnectPlatformCommand(UUID connectionId, UUID applicationId, Platform platform,
            String externalAccountId, String displayName, Credentials credentials) {
        this(connectionId, applicationId, platform, externalAccountId, displayName, credentials,
                null);
    }
}
