package io.outeract.contract.outbound;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An application asked for a message to be sent; the dispatcher will hand it to the platform. */
@Revision("1")
public record MessageSendRequestedEvent(
        UUID messageId,
        UUID applicationId,
        UUID connectionId,
        Platform platform,
        String senderExternalId,
        String externalChatId,
        UUID recipientPlatformUserId,
        String text,
        String idempotencyKey,
        Instant requestedAt,
        MediaReference media,
        MessageTemplate template,
        String replyToExternalMessageId,
        String subject) {

    /** A message of text, media or a template, replying to nothing, with no subject. */
    public MessageSendRequestedEvent(UUID messageId, UUID applicationId, UUID connectionId,
            Platform platform, String senderExternalId, String externalChatId,
            UUID recipientPlatformUserId, String text, String idempotencyKey,
            Instant requestedAt, MediaReference media, MessageTemplate template) {
        this(messageId, applicationId, connectionId, platform, senderExternalId, externalChatId,
                recipientPlatformUserId, text, idempotencyKey, requestedAt, media, template,
                null, null);
    }

    /** A text message, as every request was before media and templates. */
    public MessageSendRequestedEvent(UUID messageId, UUID applicationId, UUID connectionId,
            Platform platform, String senderExternalId, String externalChatId,
            UUID recipientPlatformUserId, String text, String idempotencyKey,
            Instant requestedAt) {
        this(messageId, applicationId, connectionId, platform, senderExternalId, externalChatId,
                recipientPlatformUserId, text, idempotencyKey, requestedAt, null, null, null,
                null);
    }
}
