package io.outeract.adapters;

/** A text to send to one chat, optionally as a reply to one of its messages. */
public record OutboundText(String externalChatId, String text, String replyToExternalMessageId) {
}
