package io.outeract.command.outbound;

import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageTemplate;
import java.util.UUID;

/**
 * A claimed row of the send queue. {@code interrupted} says an earlier claim ran out without a
 * recorded outcome: the server stopped mid-send, so the platform may have the message already.
 */
record QueuedSend(
        UUID messageId,
        UUID connectionId,
        Platform platform,
        String externalChatId,
        String text,
        MediaReference media,
        MessageTemplate template,
        String replyToExternalMessageId,
        String subject,
        int attempt,
        boolean interrupted) {
}
