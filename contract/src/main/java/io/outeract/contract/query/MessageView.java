package io.outeract.contract.query;

import java.time.Instant;
import java.util.UUID;

/** An outbound message and how far it got. */
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
        Instant updatedAt) {
}
