package io.outeract.command.subscription;

import io.outeract.contract.subscription.RedeliverFailedWebhooksCommand;
import io.outeract.contract.subscription.RedeliverWebhookCommand;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Delivers events again on request: the delivery's row is queued anew, due now, with a fresh
 * round of retries, and its history records the request, in one transaction.
 */
@Component
class WebhookRedelivering {

    /** Bounds one request; the rest are redelivered by asking again. */
    static final int MAX_PER_REQUEST = 1000;

    private final Repository<WebhookDelivery> deliveries;
    private final WebhookQueue queue;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    WebhookRedelivering(Repository<WebhookDelivery> deliveries, WebhookQueue queue,
            WebhookDispatcher dispatcher, Clock clock) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @CommandHandler
    void handle(RedeliverWebhookCommand command) throws Exception {
        UUID subscriptionId = queue.subscriptionOf(command.deliveryId(), command.applicationId())
                .orElseThrow(() -> new WebhookDeliveryNotFoundException(command.deliveryId()));
        redeliver(command.deliveryId(), subscriptionId, command.applicationId(), clock.instant());
        dispatcher.wakeUpAfterCommit();
    }

    /** Answers how many deliveries were queued again. */
    @CommandHandler
    int handle(RedeliverFailedWebhooksCommand command) throws Exception {
        Instant now = clock.instant();
        List<UUID> failed = queue.failedSince(command.subscriptionId(), command.applicationId(),
                command.since(),
                MAX_PER_REQUEST);
        for (UUID deliveryId : failed) {
            redeliver(deliveryId, command.subscriptionId(), command.applicationId(), now);
        }
        dispatcher.wakeUpAfterCommit();
        return failed.size();
    }

    private void redeliver(UUID deliveryId, UUID subscriptionId, UUID applicationId,
            Instant now) throws Exception {
        deliveries.loadOrCreate(deliveryId.toString(), WebhookDelivery::new)
                .execute(delivery -> delivery.redeliver(deliveryId, subscriptionId,
                        applicationId, now));
        queue.requeue(deliveryId, now);
    }
}
