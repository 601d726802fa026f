package io.outeract.contract.outbound;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Send a message through a connection to a chat: a text, a media item (the text its caption) or
 * a template. The same idempotency key always names the same message.
 */
public record SendMessageCommand(
        @TargetAggregateIdentifier UUID messageId,
        UUID applicationId,
        UUID connectionId,
        String externalChatId,
        UUID recipientPlatformUserId,
        String text,
        String idempotencyKey,
        MediaReference media,
        MessageTemplate template) {

    /** A text message. */
    public SendMessageCommand(UUID messageId, UUID applicationId, UUID connectionId,
            String externalChatId, UUID recipientPlatformUserId, String text,
            String idempotencyKey) {
        this(messageId, applicationId, connectionId, externalChatId, recipientPlatformUserId,
                text, idempotencyKey, null, null);
    }
}
