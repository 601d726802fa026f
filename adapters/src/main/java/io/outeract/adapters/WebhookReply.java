package io.outeract.adapters;

/** What to answer a handshake with: a status, a content type and a body. */
public record WebhookReply(int status, String contentType, String body) {
}
