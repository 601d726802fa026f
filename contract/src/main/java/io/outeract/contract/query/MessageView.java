package io.outeract.contract.query;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbound message and how far it got: {@code status} is Outeract's side (requested, sent,
 * failed); {@code deliveryState} what the platform reported after (delivered, read, failed),
 * null until it reports.
 */
public record MessageView(
        UUID id,
        UUID applicationId,
        UUID connectionId,
        String externalChatId,
        String status,
        String platformMessageId,
        String errorCode,
        String errorDescription,
        int attempts,
        Instant requestedAt,
        Instant updatedAt,
        String deliveryState,
        String deliveryErrorCode,
        String deliveryErrorDescription,
        Instant deliveryReportedAt) {
}
