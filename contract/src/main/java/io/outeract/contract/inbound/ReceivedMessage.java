package io.outeract.contract.inbound;

import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.PlatformAccount;
import java.util.List;

/** A message as a platform delivered it: who wrote to whom, in which chat, with what content. */
public record ReceivedMessage(
        String externalMessageId,
        String externalChatId,
        String chatType,
        PlatformAccount sender,
        PlatformAccount recipient,
        String text,
        List<Attachment> attachments,
        String replyToExternalMessageId,
        String threadId) {

    public ReceivedMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
