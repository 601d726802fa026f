package io.outeract.adapters;

import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageTemplate;

/**
 * A message to send to one chat: a text, a media item (with the text as its caption where the
 * platform has captions) or a template, optionally as a reply to one of the chat's messages.
 * {@code upload} holds a stored file's bytes when {@code media} names one by its file id;
 * {@code subject} is an email's subject line, where the platform has one.
 */
public record OutgoingMessage(
        String externalChatId,
        String text,
        String replyToExternalMessageId,
        MediaReference media,
        MessageTemplate template,
        MediaUpload upload,
        String subject) {

    public OutgoingMessage(String externalChatId, String text, String replyToExternalMessageId,
            MediaReference media, MessageTemplate template, MediaUpload upload) {
        this(externalChatId, text, replyToExternalMessageId, media, template, upload, null);
    }

    public static OutgoingMessage text(String externalChatId, String text, String replyTo) {
        return new OutgoingMessage(externalChatId, text, replyTo, null, null, null, null);
    }

    public boolean hasMedia() {
        return media != null;
    }

    public boolean hasTemplate() {
        return template != null;
    }
}
