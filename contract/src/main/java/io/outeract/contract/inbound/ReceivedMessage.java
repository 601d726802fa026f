package io.outeract.contract.inbound;

import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.PlatformAccount;
import java.util.List;

/**
 * A message as a platform delivered it: who wrote to whom, in which chat, with what content.
 * {@code contentKind} names what it holds (text, image, location, contacts, choice, unsupported,
 * ...); {@code location}, {@code contacts} and {@code choice} are set for those kinds only,
 * and {@code subject} for email.
 */
public record ReceivedMessage(
        String externalMessageId,
        String externalChatId,
        String chatType,
        PlatformAccount sender,
        PlatformAccount recipient,
        String text,
        List<Attachment> attachments,
        String replyToExternalMessageId,
        String threadId,
        String contentKind,
        Location location,
        List<SharedContact> contacts,
        Choice choice,
        String subject) {

    /** A message of any kind but email, which alone has a subject. */
    public ReceivedMessage(String externalMessageId, String externalChatId, String chatType,
            PlatformAccount sender, PlatformAccount recipient, String text,
            List<Attachment> attachments, String replyToExternalMessageId, String threadId,
            String contentKind, Location location, List<SharedContact> contacts, Choice choice) {
        this(externalMessageId, externalChatId, chatType, sender, recipient, text, attachments,
                replyToExternalMessageId, threadId, contentKind, location, contacts, choice, null);
    }

    public ReceivedMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** A message of text and attachments only, as Telegram's mostly are. */
    public ReceivedMessage(String externalMessageId, String externalChatId, String chatType,
            PlatformAccount sender, PlatformAccount recipient, String text,
            List<Attachment> attachments, String replyToExternalMessageId, String threadId) {
        this(externalMessageId, externalChatId, chatType, sender, recipient, text, attachments,
                replyToExternalMessageId, threadId, null, null, null, null, null);
    }

    /** A place a user shared. */
    public record Location(double latitude, double longitude, String name, String address) {
    }

    /** A contact card a user shared: a name, phone numbers and email addresses. */
    public record SharedContact(String name, List<String> phones, List<String> emails) {

        public SharedContact {
            phones = phones == null ? List.of() : List.copyOf(phones);
            emails = emails == null ? List.of() : List.copyOf(emails);
        }
    }

    /**
     * What a user picked: a button, a list row, a quick reply or a postback. {@code id} is the
     * payload the business attached to it; {@code title} is what the user saw.
     */
    public record Choice(String id, String title, String description) {
    }
}
