package io.outeract.command.subscription;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.outeract.command.DueWorkSignal;
import io.outeract.contract.subscription.DeliveryOutcome;
import io.outeract.contract.subscription.DisableReason;
import io.outeract.contract.subscription.DisableWebhookSubscriptionCommand;
import io.outeract.contract.subscription.RecordWebhookAttemptCommand;
import io.outeract.contract.subscription.WebhookAttempt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Calls endpoints with their queued deliveries. One thread claims due rows; a bounded pool makes
 * the calls. At most {@code perEndpoint} calls go to one endpoint at a time and at most
 * {@code concurrency} in all, so a slow or dead endpoint holds its own few threads for the
 * timeout and never the others'.
 */
public class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);

    private final WebhookQueue queue;
    private final WebhookEndpoints endpoints;
    private final WebhookUrlGuard guard;
    private final WebhookCaller caller;
    private final CommandGateway commands;
    private final RetrySchedule retries;
    private final DispatchLimits limits;
    private final Clock clock;
    private final Semaphore slots;
    private final Map<UUID, Integer> inFlight = new ConcurrentHashMap<>();
    private final DueWorkSignal dueWork = new DueWorkSignal(IDLE_POLL);

    private volatile boolean running;
    private Thread claimer;
    private ExecutorService callers;

    WebhookDispatcher(WebhookQueue queue, WebhookEndpoints endpoints, WebhookUrlGuard guard,
            WebhookCaller caller, CommandGateway commands, RetrySchedule retries,
            DispatchLimits limits, Clock clock) {
        this.queue = queue;
        this.endpoints = endpoints;
        this.guard = guard;
        this.caller = caller;
        this.commands = commands;
        this.retries = retries;
        this.limits = limits;
        this.clock = clock;
        this.slots = new Semaphore(limits.concurrency());
    }

    void wakeUp() {
        dueWork.wakeUp();
    }

    /** Wakes the dispatcher once the current unit of work committed, or now if there is none. */
    void wakeUpAfterCommit() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(done -> wakeUp());
        } else {
            wakeUp();
        }
    }

    @Override
    public void start() {
        running = true;
        callers = Executors.newFixedThreadPool(limits.concurrency(), DueWorkSignal.daemonThreads("outeract-webhook"));
        claimer = DueWorkSignal.daemonThreads("outeract-webhook-claimer").newThread(this::claimUntilStopped);
        claimer.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        callers.shutdown();
        try {
            callers.awaitTermination(limits.timeout().toSeconds() + 1, TimeUnit.SECONDS);
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
                if (claimAndDispatch() == 0) {
                    stopIfInterrupted(dueWork.awaitDue(queue.nextDueAt(), clock.instant()));
                }
            } catch (RuntimeException e) {
                log.warn("Claiming due webhook deliveries failed; trying again shortly: {}",
                        e.getMessage());
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

        // Only this thread takes slots and adds to inFlight, so neither can shrink the room
        // the claim was sized for before the calls start.
        List<QueuedDelivery> due = queue.claimDue(new HashMap<>(inFlight),
                limits.perEndpoint(), free, limits.lease());
        for (QueuedDelivery delivery : due) {
            slots.acquireUninterruptibly();
            inFlight.merge(delivery.subscriptionId(), 1, Integer::sum);
            callers.execute(() -> {
                try {
                    deliver(delivery);
                } finally {
                    inFlight.computeIfPresent(delivery.subscriptionId(),
                            (id, calls) -> calls == 1 ? null : calls - 1);
                    slots.release();
                }
            });
        }
        return due.size();
    }

    private void deliver(QueuedDelivery delivery) {
        try {
            Instant requestedAt = clock.instant();
            CallResult result = call(delivery, requestedAt);
            record(delivery, requestedAt, result);
        } catch (RuntimeException e) {
            log.error("Recording the attempt of webhook delivery {} to subscription {} failed; "
                    + "its claim will run out and it will be attempted again",
                    delivery.deliveryId(), delivery.subscriptionId(), e);
        }
    }

    private CallResult call(QueuedDelivery delivery, Instant requestedAt) {
        HttpUrl url;
        try {
            url = guard.check(delivery.url());
        } catch (IllegalArgumentException refused) {
            return new CallResult(null, 0, null, refused.getMessage());
        }
        long timestamp = requestedAt.getEpochSecond();
        String signature = WebhookSignature.header(
                endpoints.signingKeys(delivery.subscriptionId(), requestedAt),
                delivery.webhookId(), timestamp, delivery.body().getBytes(UTF_8));
        return caller.post(url, Map.of(
                "webhook-id", delivery.webhookId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signature), delivery.body());
    }

    private void record(QueuedDelivery delivery, Instant requestedAt, CallResult result) {
        Instant now = clock.instant();
        DeliveryOutcome outcome = outcomeOf(delivery, result);
        Instant nextAttemptAt = outcome == DeliveryOutcome.RETRY_SCHEDULED
                ? now.plus(retries.waitAfter(delivery.roundAttempt())) : null;

        commands.sendAndWait(new RecordWebhookAttemptCommand(delivery.deliveryId(),
                delivery.subscriptionId(), delivery.applicationId(), delivery.eventId(),
                delivery.eventType(), new WebhookAttempt(delivery.attempt(), requestedAt,
                        result.statusCode(), result.latencyMillis(), result.responseBody(),
                        result.error()), outcome, nextAttemptAt));
        if (outcome == DeliveryOutcome.SUCCEEDED) {
            queue.finish(delivery.deliveryId(), true, now);
            endpoints.succeeded(delivery.subscriptionId());
            return;
        }
        log.info("Webhook delivery {} of event {} to subscription {} failed on attempt {} "
                + "({}); {}", delivery.deliveryId(), delivery.eventId(),
                delivery.subscriptionId(), delivery.attempt(), reasonOf(result),
                nextAttemptAt == null ? "no more attempts" : "next attempt at " + nextAttemptAt);
        if (nextAttemptAt != null) {
            queue.retryAt(delivery.deliveryId(), nextAttemptAt);
        } else {
            queue.finish(delivery.deliveryId(), false, now);
        }
        disableIfHopeless(delivery, result, now);
    }

    private DeliveryOutcome outcomeOf(QueuedDelivery delivery, CallResult result) {
        if (result.succeeded()) {
            return DeliveryOutcome.SUCCEEDED;
        }
        if (result.gone() || !retries.mayRetryAfter(delivery.roundAttempt())) {
            return DeliveryOutcome.FAILED;
        }
        return DeliveryOutcome.RETRY_SCHEDULED;
    }

    private void disableIfHopeless(QueuedDelivery delivery, CallResult result, Instant now) {
        Instant failingSince = endpoints.failedAt(delivery.subscriptionId(), now);
        DisableReason reason = null;
        if (result.gone()) {
            reason = DisableReason.ENDPOINT_GONE;
        } else if (!failingSince.plus(limits.disableAfter()).isAfter(now)) {
            reason = DisableReason.FAILING_TOO_LONG;
        }
        if (reason != null) {
            log.warn("Disabling webhook subscription {} of application {}: {}; its pending "
                    + "deliveries wait until it is resumed", delivery.subscriptionId(),
                    delivery.applicationId(), reason);
            commands.sendAndWait(new DisableWebhookSubscriptionCommand(
                    delivery.subscriptionId(), delivery.applicationId(), reason));
        }
    }

    private static String reasonOf(CallResult result) {
        return result.statusCode() != null ? "status " + result.statusCode() : result.error();
    }

    private void stopIfInterrupted(boolean waited) {
        if (!waited) {
            running = false;
        }
    }
}
