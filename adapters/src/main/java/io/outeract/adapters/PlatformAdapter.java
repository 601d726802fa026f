package io.outeract.adapters;

import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.io.OutputStream;
import java.util.Optional;

/**
 * How Outeract speaks one platform: checks and reads its webhooks, sends through it, checks a
 * connection's health.
 */
public interface PlatformAdapter {

    Platform platform();

    /**
     * Whether the request really comes from the platform, checked on the raw bytes before
     * anything is parsed. {@code secrets} are the connection's webhook secrets.
     */
    boolean hasValidSignature(WebhookRequest request, Credentials secrets);

    /**
     * The answer to a platform's subscription handshake (Meta's {@code hub.challenge}, Slack's
     * {@code url_verification}) when the request is one; empty for an ordinary delivery.
     */
    Optional<WebhookReply> verifyWebhook(WebhookRequest request, Credentials secrets);

    /**
     * Reads a verified delivery into the items to record. Kinds the adapter does not know come
     * back as raw platform events, never dropped.
     *
     * @throws MalformedWebhookException when the body is not what the platform sends
     */
    ParsedWebhook parseWebhook(WebhookRequest request, ConnectionContext connection);

    /**
     * What to answer a delivery once it is stored, when the platform expects something of its
     * own (Twilio's TwiML, Discord's deferred interaction response); empty for a plain 200.
     */
    default Optional<WebhookReply> acknowledgement(WebhookRequest request) {
        return Optional.empty();
    }

    /** Sends a message. Never throws for what the platform answers: the result says it. */
    SendResult send(OutgoingMessage message, Credentials credentials);

    /** Whether the credentials still work, and which account they speak for. */
    HealthReport checkHealth(Credentials credentials);

    /** Tells the platform where to deliver webhooks, where the platform is told at all. */
    default void registerWebhook(WebhookRegistration registration, Credentials credentials) {
    }

    /** Tells the platform to stop delivering webhooks; best effort. */
    default void unregisterWebhook(Credentials credentials) {
    }

    /** Whether {@link #downloadMedia} can fetch this attachment's bytes. */
    default boolean canDownload(Attachment attachment) {
        return false;
    }

    /**
     * Downloads an attachment's bytes through the platform's media API into {@code into},
     * checking the platform's checksum where it gave one.
     */
    default MediaDownload downloadMedia(
            Attachment attachment, Credentials credentials, OutputStream into)
            throws MediaDownloadException {
        throw new MediaDownloadException(
                platform().wireName() + " media cannot be downloaded", false);
    }
}
