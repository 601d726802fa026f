package io.outeract.contract.outbound;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Send a message through a connection to a chat: a text, a media item (the text its caption) or
 * a template, optionally as a reply to one of the chat's messages and, for email, with a
 * subject. The same idempotency key always names the same message.
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
        MessageTemplate template,
        String replyToExternalMessageId,
        String subject) {

    /** A message of text, media or a template, replying to nothing, with no subject. */
    public SendMessageCommand(UUID messageId, UUID applicationId, UUID connectionId,
            String externalChatId, UUID recipientPlatformUserId, String text,
            String idempotencyKey, MediaReference media, MessageTemplate template) {
        this(messageId, applicationId, connectionId, externalChatId, recipientPlatformUserId,
                text, idempotencyKey, media, template, null, null);
    }

    /** A text message. */
    public SendMessageCommand(UUID messageId, UUID applicationId, UUID connectionId,
            String externalChatId, UUID recipientPlatformUserId, String text,
            String idempotencyKey) {
        this(messageId, applicationId, connectionId, externalChatId, recipientPlatformUserId,
                text, idempotencyKey, null, null, null, null);
    }
}
