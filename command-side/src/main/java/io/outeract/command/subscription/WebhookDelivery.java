package io.outeract.command.subscription;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.outeract.contract.subscription.RecordWebhookAttemptCommand;
import io.outeract.contract.subscription.WebhookDeliveryAttemptedEvent;
import io.outeract.contract.subscription.WebhookRedeliveryRequestedEvent;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One event's delivery to one subscription: the history of its attempts, and of the requests
 * to deliver it again. It begins with its first attempt.
 */
@Aggregate
public class WebhookDelivery {

    @AggregateIdentifier
    private UUID deliveryId;
    private UUID subscriptionId;
    private UUID applicationId;
    private int lastAttempt;

    public WebhookDelivery() {
    }

    /** An attempt numbered no higher than one already recorded was recorded already. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordWebhookAttemptCommand command) {
        if (command.attempt().number() <= lastAttempt) {
            return;
        }

        apply(new WebhookDeliveryAttemptedEvent(command.deliveryId(), command.subscriptionId(),
                command.applicationId(), command.eventId(), command.eventType(),
                command.attempt(), command.outcome(), command.nextAttemptAt()));
    }

    void redeliver(UUID delivery, UUID subscription, UUID application, Instant now) {
        apply(new WebhookRedeliveryRequestedEvent(delivery, subscription, application, now));
    }

    @EventSourcingHandler
    void on(WebhookDeliveryAttemptedEvent event) {
        deliveryId = event.deliveryId();
        subscriptionId = event.subscriptionId();
        applicationId = event.applicationId();
        lastAttempt = event.attempt().number();
    }

    @EventSourcingHandler
    void on(WebhookRedeliveryRequestedEvent event) {
        deliveryId = event.deliveryId();
        subscriptionId = event.subscriptionId();
        applicationId = event.applicationId();
    }
}
