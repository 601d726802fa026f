package io.outeract.command.outbound;

import io.outeract.command.Texts;
import io.outeract.command.connection.ConnectionNotFoundException;
import io.outeract.command.credentials.ConnectionRecord;
import io.outeract.command.credentials.CredentialVault;
import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.SendMessageCommand;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Accepts a send request: the connection must be the application's own and still connected, and
 * a request repeated with the same idempotency key returns the message it created the first time.
 */
@Component
class MessageSending {


    private final Repository<OutboundMessage> messages;
    private final EventStore events;
    private final CredentialVault vault;
    private final Clock clock;

    MessageSending(Repository<OutboundMessage> messages, EventStore events, CredentialVault vault,
            Clock clock) {
        this.messages = messages;
        this.events = events;
        this.vault = vault;
        this.clock = clock;
    }

    @CommandHandler
    UUID handle(SendMessageCommand command) throws Exception {
        requireValid(command);
        ConnectionRecord connection = vault.find(command.connectionId())
                .filter(found -> found.applicationId().equals(command.applicationId()))
                .orElseThrow(() -> new ConnectionNotFoundException(command.connectionId()));

        // A retried request gets its message back even if the connection went away since.
        if (command.idempotencyKey() != null && requestedBefore(command)) {
            return command.messageId();
        }
        requireFitFor(connection, command);
        if (connection.disconnected()) {
            throw new IllegalStateException(
                    "Connection " + connection.connectionId() + " is disconnected");
        }

        messages.newInstance(() -> new OutboundMessage(requestedEvent(command, connection)));
        return command.messageId();
    }

    private boolean requestedBefore(SendMessageCommand command) {
        String messageId = command.messageId().toString();
        // Asking the store first spares loading, and the warning Axon logs, for a new message.
        if (!hasHistory(messageId)) {
            return false;
        }
        Aggregate<OutboundMessage> existing = messages.load(messageId);
        boolean same = existing.invoke(message -> message.isSameRequestAs(command));
        if (!same) {
            throw new IdempotencyKeyReusedException(command.idempotencyKey());
        }
        return true;
    }

    private boolean hasHistory(String messageId) {
        try {
            return events.lastSequenceNumberFor(messageId).isPresent();
        } catch (AggregateNotFoundException none) {
            return false;
        }
    }

    private MessageSendRequestedEvent requestedEvent(
            SendMessageCommand command, ConnectionRecord connection) {
        return new MessageSendRequestedEvent(command.messageId(), command.applicationId(),
                command.connectionId(), connection.platform(), connection.externalAccountId(),
                command.externalChatId(), command.recipientPlatformUserId(), command.text(),
                command.idempotencyKey(), clock.instant(), command.media(), command.template(),
                command.replyToExternalMessageId(), command.subject());
    }

    /** What one platform needs of every message, refused now rather than failed later. */
    private static void requireFitFor(ConnectionRecord connection, SendMessageCommand command) {
        if (connection.platform() != Platform.EMAIL) {
            return;
        }
        if (command.subject() == null) {
            throw new IllegalArgumentException("An email needs a subject");
        }
        if (!command.externalChatId().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("An email goes to an address such as "
                    + "name@example.com, not " + command.externalChatId());
        }
    }

    private static void requireValid(SendMessageCommand command) {
        if (command.externalChatId() == null || command.externalChatId().isBlank()) {
            throw new IllegalArgumentException("A message needs a recipient chat");
        }
        SendContent.requireValid(command);
        Texts.requirePrintableName(command.externalChatId(), "A chat id");
        if (command.idempotencyKey() != null) {
            Texts.requirePrintableName(command.idempotencyKey(), "An idempotency key");
        }
    }
}
