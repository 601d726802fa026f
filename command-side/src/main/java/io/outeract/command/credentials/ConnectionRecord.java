package io.outeract.command.credentials;

import io.outeract.contract.common.Platform;
import java.util.UUID;

/** What the vault knows of a connection besides its secrets: whose it is, and whether live. */
public record ConnectionRecord(
        UUID connectionId,
        UUID applicationId,
        Platform platform,
        String externalAccountId,
        boolean disconnected) {
}
