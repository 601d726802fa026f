package io.outeract.command.outbound;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageFailedEvent;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageSendRetryScheduledEvent;
import io.outeract.contract.outbound.MessageSentEvent;
import io.outeract.contract.outbound.MessageTemplate;
import io.outeract.contract.outbound.RecordMessageFailedCommand;
import io.outeract.contract.outbound.RecordMessageSentCommand;
import io.outeract.contract.outbound.ScheduleSendRetryCommand;
import io.outeract.contract.outbound.SendMessageCommand;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A message an application sends: requested, perhaps retried, then sent or failed for good.
 * Once it has an outcome, later reports of attempts change nothing.
 */
@Aggregate
class OutboundMessage {

    enum Status { REQUESTED, RETRY_SCHEDULED, SENT, FAILED }

    @AggregateIdentifier
    private UUID messageId;
    private UUID applicationId;
    private UUID connectionId;
    private String externalChatId;
    private String text;
    private MediaReference media;
    private MessageTemplate template;
    private String replyTo;
    private String subject;
    private Status status;

    protected OutboundMessage() {
    }

    /** Created by {@link MessageSending}, which knows the connection it goes through. */
    OutboundMessage(MessageSendRequestedEvent requested) {
        apply(requested);
    }

    /** Whether the command asks for this very message again, as a retried request would. */
    boolean isSameRequestAs(SendMessageCommand command) {
        return applicationId.equals(command.applicationId())
                && connectionId.equals(command.connectionId())
                && Objects.equals(externalChatId, command.externalChatId())
                && Objects.equals(text, command.text())
                && Objects.equals(media, command.media())
                && Objects.equals(template, command.template())
                && Objects.equals(replyTo, command.replyToExternalMessageId())
                && Objects.equals(subject, command.subject());
    }

    @CommandHandler
    void handle(RecordMessageSentCommand command, Clock clock) {
        if (hasOutcome()) {
            return;
        }

        apply(new MessageSentEvent(messageId, applicationId, connectionId,
                command.platformMessageId(), command.attempt(), clock.instant(),
                command.segments()));
    }

    @CommandHandler
    void handle(ScheduleSendRetryCommand command, Clock clock) {
        if (hasOutcome()) {
            return;
        }

        apply(new MessageSendRetryScheduledEvent(messageId, applicationId, connectionId,
                command.attempt(), command.error(), command.retryAt(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordMessageFailedCommand command, Clock clock) {
        if (hasOutcome()) {
            return;
        }

        apply(new MessageFailedEvent(messageId, applicationId, connectionId,
                command.attempt(), command.error(), clock.instant()));
    }

    private boolean hasOutcome() {
        return status == Status.SENT || status == Status.FAILED;
    }

    @EventSourcingHandler
    void on(MessageSendRequestedEvent event) {
        messageId = event.messageId();
        applicationId = event.applicationId();
        connectionId = event.connectionId();
        externalChatId = event.externalChatId();
        text = event.text();
        media = event.media();
        template = event.template();
        replyTo = event.replyToExternalMessageId();
        subject = event.subject();
        status = Status.REQUESTED;
    }

    @EventSourcingHandler
    void on(MessageSendRetryScheduledEvent event) {
        status = Status.RETRY_SCHEDULED;
    }

    @EventSourcingHandler
    void on(MessageSentEvent event) {
        status = Status.SENT;
    }

    @EventSourcingHandler
    void on(MessageFailedEvent event) {
        status = Status.FAILED;
    }
}
