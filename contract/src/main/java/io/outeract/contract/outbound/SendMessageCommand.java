package io.outeract.contract.outbound;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Send a text through a connection to a chat; the same idempotency key always names the same
 * message.
 */
public record SendMessageCommand(
        @TargetAggregateIdentifier UUID messageId,
        UUID applicationId,
        UUID connectionId,
        String externalChatId,
        UUID recipientPlatformUserId,
        String text,
        String idempotencyKey) {
}
