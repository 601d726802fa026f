package io.outeract.command.outbound;

import io.outeract.contract.outbound.MessageFailedEvent;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageSendRetryScheduledEvent;
import io.outeract.contract.outbound.MessageSentEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Keeps the send queue in step with the messages' history. It leads to platform calls, so it
 * never runs on replay: a replayed request must not be sent again.
 */
@Component
@ProcessingGroup(SendQueueing.GROUP)
@DisallowReplay
class SendQueueing {

    static final String GROUP = "outbound-dispatch";

    private final SendQueue queue;
    private final SendDispatcher dispatcher;

    SendQueueing(SendQueue queue, SendDispatcher dispatcher) {
        this.queue = queue;
        this.dispatcher = dispatcher;
    }

    @EventHandler
    void on(MessageSendRequestedEvent event) {
        queue.enqueue(event);
        // The row is visible to the dispatcher only once this batch has committed.
        CurrentUnitOfWork.ifStarted(
                unitOfWork -> unitOfWork.afterCommit(done -> dispatcher.wakeUp()));
    }

    @EventHandler
    void on(MessageSendRetryScheduledEvent event) {
        queue.postpone(event.messageId(), event.retryAt());
    }

    @EventHandler
    void on(MessageSentEvent event) {
        queue.remove(event.messageId());
    }

    @EventHandler
    void on(MessageFailedEvent event) {
        queue.remove(event.messageId());
    }
}
