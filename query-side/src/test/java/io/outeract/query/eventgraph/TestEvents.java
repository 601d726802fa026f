package io.outeract.query.eventgraph;

import io.outeract.contract.common.Platform;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import io.outeract.contract.inbound.ReceivedMessage;
import io.outeract.contract.outbound.MessageFailedEvent;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageSendRetryScheduledEvent;
import io.outeract.contract.outbound.MessageSentEvent;
import io.outeract.contract.outbound.SendError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events as the command side records them, with only what a test varies as parameters. */
final class TestEvents {

    static final Instant OCCURRED_AT = Instant.parse("2025-03-01T11:59:58Z");
    static final Instant RECEIVED_AT = Instant.parse("2025-03-01T11:59:59Z");
    static final PlatformAccount BOT = new PlatformAccount("777", "Outeract Bot", "outeract_bot",
            true);

    private TestEvents() {
    }

    static PlatformAccount person(String externalId, String displayName) {
        return new PlatformAccount(externalId, displayName, displayName.toLowerCase(), false);
    }

    static MessageReceivedEvent messageReceived(
            UUID applicationId, UUID connectionId, PlatformAccount sender, String text) {
        return messageReceived(applicationId, connectionId, sender, text, OCCURRED_AT);
    }

    static MessageReceivedEvent messageReceived(UUID applicationId, UUID connectionId,
            PlatformAccount sender, String text, Instant occurredAt) {
        return new MessageReceivedEvent(UUID.randomUUID(), applicationId, connectionId,
                Platform.TELEGRAM, "telegram:777:update:" + UUID.randomUUID(),
                privateMessage(sender, text), occurredAt, RECEIVED_AT);
    }

    static MessageEditedEvent messageEdited(
            UUID applicationId, UUID connectionId, PlatformAccount sender, String text) {
        return new MessageEditedEvent(UUID.randomUUID(), applicationId, connectionId,
                Platform.TELEGRAM, "telegram:777:edit:" + UUID.randomUUID(),
                privateMessage(sender, text), OCCURRED_AT, RECEIVED_AT);
    }

    static PlatformEventReceivedEvent platformEvent(
            UUID applicationId, UUID connectionId, String kind, PlatformAccount actor) {
        return new PlatformEventReceivedEvent(UUID.randomUUID(), applicationId, connectionId,
                Platform.TELEGRAM, "telegram:777:update:" + UUID.randomUUID(), kind, actor,
                "{\"update_id\":1}", null, RECEIVED_AT);
    }

    static MessageSendRequestedEvent sendRequested(UUID messageId, UUID applicationId,
            UUID connectionId, String externalChatId, UUID recipientPlatformUserId) {
        return new MessageSendRequestedEvent(messageId, applicationId, connectionId,
                Platform.TELEGRAM, BOT.externalId(), externalChatId, recipientPlatformUserId,
                "Hello", "key-" + messageId, Instant.parse("2025-03-01T12:01:00Z"));
    }

    static MessageSentEvent sent(UUID messageId, UUID applicationId, UUID connectionId) {
        return new MessageSentEvent(messageId, applicationId, connectionId, "tg-4242", 1,
                Instant.parse("2025-03-01T12:01:02Z"));
    }

    static MessageSendRetryScheduledEvent retryScheduled(
            UUID messageId, UUID applicationId, UUID connectionId, int attempt) {
        return new MessageSendRetryScheduledEvent(messageId, applicationId, connectionId, attempt,
                new SendError("rate_limited", "429", "Too Many Requests: retry after 3"),
                Instant.parse("2025-03-01T12:01:05Z"), Instant.parse("2025-03-01T12:01:02Z"));
    }

    static MessageFailedEvent failed(
            UUID messageId, UUID applicationId, UUID connectionId, int attempt) {
        return new MessageFailedEvent(messageId, applicationId, connectionId, attempt,
                new SendError("recipient_blocked", "403", "Forbidden: bot was blocked by the user"),
                Instant.parse("2025-03-01T12:01:03Z"));
    }

    private static ReceivedMessage privateMessage(PlatformAccount sender, String text) {
        // In a private Telegram chat, the chat id is the sender's id.
        return new ReceivedMessage("m-" + UUID.randomUUID(), sender.externalId(), "private",
                sender, BOT, text, List.of(), null, null);
    }
}
