package io.outeract.contract.query;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;

/**
 * A platform connection of an application and its state (pending, active, failed, disconnected).
 */
public record ConnectionView(
        UUID id,
        UUID applicationId,
        Platform platform,
        String externalAccountId,
        String displayName,
        String status,
        String statusReason,
        Instant connectedAt) {
}
