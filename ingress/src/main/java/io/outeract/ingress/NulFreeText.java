package io.outeract.ingress;

import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.DeliveryStatus;
import io.outeract.contract.inbound.ReceivedMessage;

/**
 * Replaces the NUL character in what platforms send with U+FFFD before it is recorded. A
 * platform may send NUL inside a text, and PostgreSQL's text and jsonb cannot hold it: left in,
 * one message would stop the read models of every connection that shares its projector.
 */
final class NulFreeText {

    private static final char NUL = '\u0000';
    private static final char REPLACEMENT = '\ufffd';

    private NulFreeText() {
    }

    static String of(String text) {
        return text == null || text.indexOf(NUL) < 0 ? text : text.replace(NUL, REPLACEMENT);
    }

    static PlatformAccount of(PlatformAccount account) {
        return account == null ? null : new PlatformAccount(of(account.externalId()),
                of(account.displayName()), of(account.username()), account.bot());
    }

    static ReceivedMessage of(ReceivedMessage message) {
        if (message == null) {
            return null;
        }
        return new ReceivedMessage(of(message.externalMessageId()), of(message.externalChatId()),
                of(message.chatType()), of(message.sender()), of(message.recipient()),
                of(message.text()),
                message.attachments().stream().map(NulFreeText::of).toList(),
                of(message.replyToExternalMessageId()), of(message.threadId()),
                of(message.contentKind()), of(message.location()),
                message.contacts().stream().map(NulFreeText::of).toList(),
                of(message.choice()), of(message.subject()));
    }

    static DeliveryStatus of(DeliveryStatus status) {
        return new DeliveryStatus(of(status.platformMessageId()), status.state(),
                of(status.platformStatus()), of(status.recipient()), of(status.errorCode()),
                of(status.errorDescription()));
    }

    private static Attachment of(Attachment attachment) {
        return new Attachment(of(attachment.kind()), of(attachment.platformFileId()),
                of(attachment.mimeType()), of(attachment.fileName()), attachment.sizeBytes(),
                of(attachment.url()), of(attachment.sha256()));
    }

    private static ReceivedMessage.Location of(ReceivedMessage.Location location) {
        return location == null ? null : new ReceivedMessage.Location(location.latitude(),
                location.longitude(), of(location.name()), of(location.address()));
    }

    private static ReceivedMessage.SharedContact of(ReceivedMessage.SharedContact contact) {
        return new ReceivedMessage.SharedContact(of(contact.name()),
                contact.phones().stream().map(NulFreeText::of).toList(),
                contact.emails().stream().map(NulFreeText::of).toList());
    }

    private static ReceivedMessage.Choice of(ReceivedMessage.Choice choice) {
        return choice == null ? null
                : new ReceivedMessage.Choice(of(choice.id()), of(choice.title()),
                        of(choice.description()));
    }
}
