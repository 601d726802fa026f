package io.outeract.contract.connection;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An application was connected to an account on a platform; the connection awaits activation. */
@Revision("1")
public record PlatformConnectedEvent(
        UUID connectionId,
        UUID applicationId,
        Platform platform,
        String externalAccountId,
        String displayName,
        Instant connectedAt) {
}
