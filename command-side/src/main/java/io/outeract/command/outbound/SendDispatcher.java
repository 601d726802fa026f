package io.outeract.command.outbound;

import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.PlatformAdapters;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.command.DueWorkSignal;
import io.outeract.command.credentials.CredentialVault;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.RecordMessageFailedCommand;
import io.outeract.contract.outbound.RecordMessageSentCommand;
import io.outeract.contract.outbound.ScheduleSendRetryCommand;
import io.outeract.contract.outbound.SendError;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hands queued messages to their platforms. One thread claims due rows; a bounded pool makes the
 * calls, so a slow platform holds at most {@code concurrency} calls and never the claiming.
 */
@Component
class SendDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SendDispatcher.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final SendQueue queue;
    private final PlatformAdapters adapters;
    private final OutgoingMessages outgoing;
    private final CredentialVault vault;
    private final CommandGateway commands;
    private final RetryPolicy retries;
    private final Clock clock;
    private final int concurrency;
    private final Semaphore slots;
    private final DueWorkSignal dueWork = new DueWorkSignal(IDLE_POLL);

    private volatile boolean running;
    private Thread claimer;
    private ExecutorService senders;

    SendDispatcher(SendQueue queue, PlatformAdapters adapters, CredentialVault vault,
            OutgoingMessages outgoing, CommandGateway commands, RetryPolicy retries, Clock clock,
            @Value("${outeract.sending.concurrency:16}") int concurrency) {
        this.outgoing = outgoing;
        this.queue = queue;
        this.adapters = adapters;
        this.vault = vault;
        this.commands = commands;
        this.retries = retries;
        this.clock = clock;
        this.concurrency = concurrency;
        this.slots = new Semaphore(concurrency);
    }

    void wakeUp() {
        dueWork.wakeUp();
    }

    @Override
    public void start() {
        running = true;
        senders = Executors.newFixedThreadPool(concurrency, DueWorkSignal.daemonThreads("outeract-sender"));
        claimer = DueWorkSignal.daemonThreads("outeract-send-claimer").newThread(this::claimUntilStopped);
        claimer.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        senders.shutdown();
        try {
            senders.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void claimUntilStopped() {
        while (running) {
            try {
                int claimed = claimAndDispatch();
                if (claimed == 0) {
                    stopIfInterrupted(dueWork.awaitDue(queue.nextDueAt(), clock.instant()));
                }
            } catch (RuntimeException e) {
                log.warn("Claiming due messages failed; trying again shortly: {}", e.getMessage());
                stopIfInterrupted(dueWork.pauseIdle());
            }
        }
    }

    private int claimAndDispatch() {
        int free = slots.availablePermits();
        if (free == 0) {
            stopIfInterrupted(dueWork.pause(Duration.ofMillis(20)));
            return 1;
        }

        // Only this thread takes slots, so the free ones cannot shrink before they are taken.
        List<QueuedSend> due = queue.claimDue(free, LEASE);
        for (QueuedSend send : due) {
            slots.acquireUninterruptibly();
            senders.execute(() -> {
                try {
                    dispatch(send);
                } finally {
                    slots.release();
                }
            });
        }
        return due.size();
    }

    private void dispatch(QueuedSend send) {
        try {
            if (send.interrupted()) {
                fail(send, new SendError(SendErrorCodes.OUTCOME_UNKNOWN, null,
                        "The server stopped while this message was being sent; it was not sent "
                                + "again, so as never to send it twice"));
                return;
            }
            Optional<Credentials> credentials = vault.credentials(send.connectionId());
            if (credentials.isEmpty()) {
                fail(send, new SendError(SendErrorCodes.CONNECTION_UNAVAILABLE, null,
                        "The connection was disconnected before the message could be sent"));
                return;
            }

            Optional<OutgoingMessage> message;
            try {
                message = outgoing.of(send);
            } catch (IOException e) {
                record(send, new SendResult.RetryLater(new SendError(
                        SendErrorCodes.FILE_STORAGE_UNAVAILABLE, null,
                        "File storage could not be read: " + e.getMessage()), null));
                return;
            }
            if (message.isEmpty()) {
                fail(send, new SendError(SendErrorCodes.INVALID_REQUEST, null,
                        "The stored file to send is no longer in file storage"));
                return;
            }

            SendResult result = adapters.of(send.platform()).send(message.get(), credentials.get());
            record(send, result);
        } catch (RuntimeException e) {
            log.error("Recording the outcome of message {} failed; its claim will run out and "
                    + "it will be marked as of unknown outcome", send.messageId(), e);
        }
    }

    private void record(QueuedSend send, SendResult result) {
        if (result instanceof SendResult.Sent sent) {
            log.info("Sent message {} through {} as {}", send.messageId(),
                    send.platform().wireName(), sent.platformMessageId());
            commands.sendAndWait(new RecordMessageSentCommand(send.messageId(),
                    sent.platformMessageId(), send.attempt(), sent.segments()));
            queue.remove(send.messageId());
        } else if (result instanceof SendResult.RetryLater later
                && retries.mayRetryAfter(send.attempt())) {
            Duration wait = retries.waitAfter(send.attempt(), later.delay());
            log.warn("Message {} will be retried in {} s after attempt {}: {}", send.messageId(),
                    wait.toSeconds(), send.attempt(), later.error().code());
            Instant retryAt = clock.instant().plus(wait);
            commands.sendAndWait(new ScheduleSendRetryCommand(
                    send.messageId(), send.attempt(), later.error(), retryAt));
            queue.postpone(send.messageId(), retryAt);
        } else if (result instanceof SendResult.RetryLater later) {
            fail(send, new SendError(SendErrorCodes.RETRIES_EXHAUSTED, later.error().platformCode(),
                    "Gave up after " + send.attempt() + " attempts; the last said: "
                            + later.error().description()));
        } else {
            fail(send, ((SendResult.Failed) result).error());
        }
    }

    private void fail(QueuedSend send, SendError error) {
        log.info("Message {} failed for good after attempt {}: {}", send.messageId(),
                send.attempt(), error.code());
        commands.sendAndWait(
                new RecordMessageFailedCommand(send.messageId(), send.attempt(), error));
        queue.remove(send.messageId());
    }

    private void stopIfInterrupted(boolean waited) {
        if (!waited) {
            running = false;
        }
    }
}
