package io.outeract.command.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.outeract.contract.subscription.WebhookSubscriptionStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Queues a delivery for every subscription whose filters match an event of its application.
 * It leads to calls to applications' endpoints, so it never runs on replay: a rebuilt history
 * must not be delivered again. An event stored before a subscription existed is not delivered.
 */
@Component
@ProcessingGroup(WebhookQueueing.GROUP)
@DisallowReplay
class WebhookQueueing {

    static final String GROUP = "webhook-deliveries";

    private final WebhookEndpoints endpoints;
    private final WebhookQueue queue;
    private final WebhookDispatcher dispatcher;
    private final ObjectMapper json;

    WebhookQueueing(WebhookEndpoints endpoints, WebhookQueue queue,
            WebhookDispatcher dispatcher, ObjectMapper objectMapper) {
        this.endpoints = endpoints;
        this.queue = queue;
        this.dispatcher = dispatcher;
        // A copy, so that payloads keep ISO dates, as the Developer API shows them.
        this.json = objectMapper.copy()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @EventHandler
    void on(Object payload, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        DeliverableEvents.of(payload, UUID.fromString(eventId), storedAt)
                .ifPresent(event -> queue(event, storedAt));
    }

    private void queue(DeliverableEvent event, Instant storedAt) {
        List<Endpoint> matching = endpoints.ofApplication(event.applicationId()).stream()
                .filter(endpoint -> !endpoint.createdAt().isAfter(storedAt))
                .filter(endpoint -> endpoint.status() != WebhookSubscriptionStatus.DISABLED)
                .filter(endpoint -> EventTypeFilters.matches(endpoint.eventTypes(), event.type()))
                .toList();
        if (matching.isEmpty()) {
            return;
        }
        String body = body(event);
        for (Endpoint endpoint : matching) {
            queue.enqueue(deliveryId(endpoint.subscriptionId(), event.eventId()), endpoint,
                    event, body, storedAt);
        }
        // The rows are visible to the dispatcher only once this batch has committed.
        CurrentUnitOfWork.ifStarted(
                unitOfWork -> unitOfWork.afterCommit(done -> dispatcher.wakeUp()));
    }

    /** The same event and subscription always make the same delivery. */
    static UUID deliveryId(UUID subscriptionId, UUID eventId) {
        return UUID.nameUUIDFromBytes(("webhook-delivery:" + subscriptionId + ":" + eventId)
                .getBytes(StandardCharsets.UTF_8));
    }

    private String body(DeliverableEvent event) {
        ObjectNode body = json.createObjectNode();
        body.put("type", event.type());
        body.put("timestamp", event.occurredAt().toString());
        body.set("data", json.valueToTree(event.payload()));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook body cannot be written", e);
        }
    }
}
