package io.outeract.command.subscription;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.outeract.command.Texts;
import io.outeract.contract.subscription.DisableReason;
import io.outeract.contract.subscription.WebhookSecretRotatedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionCreatedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionDeletedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionDisabledEvent;
import io.outeract.contract.subscription.WebhookSubscriptionPausedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionResumedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionStatus;
import io.outeract.contract.subscription.WebhookSubscriptionUpdatedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An application's subscription of one endpoint to event types. It is paused and resumed at
 * will, disabled by Outeract when the endpoint is gone or keeps failing, and deleted for good.
 * The commands reach it through {@link WebhookSubscribing}, which keeps the endpoint table and
 * the sealed secrets in step.
 */
@Aggregate
public class WebhookSubscription {

    static final int MAX_DESCRIPTION_LENGTH = 500;

    @AggregateIdentifier
    private UUID subscriptionId;
    private UUID applicationId;
    private String url;
    private List<String> eventTypes;
    private String description;
    private WebhookSubscriptionStatus status;

    protected WebhookSubscription() {
    }

    WebhookSubscription(WebhookSubscriptionCreatedEvent created) {
        requireDescription(created.description());
        apply(created);
    }

    WebhookSubscriptionStatus status() {
        return status;
    }

    String url() {
        return url;
    }

    List<String> eventTypes() {
        return eventTypes;
    }

    /** Changes what was given; refuses a deleted subscription or one of another application. */
    void update(UUID caller, String newUrl, List<String> newTypes, String newDescription,
            Instant now) {
        requireOwnedBy(caller);
        String nextUrl = newUrl == null ? url : newUrl;
        List<String> nextTypes = newTypes == null ? eventTypes : newTypes;
        String nextDescription = newDescription == null ? description : newDescription.strip();
        requireDescription(nextDescription);
        if (nextUrl.equals(url) && nextTypes.equals(eventTypes)
                && nextDescription.equals(description)) {
            return;
        }

        apply(new WebhookSubscriptionUpdatedEvent(subscriptionId, applicationId, nextUrl,
                nextTypes, nextDescription, now));
    }

    void pause(UUID caller, Instant now) {
        requireOwnedBy(caller);
        if (status != WebhookSubscriptionStatus.ACTIVE) {
            return;
        }

        apply(new WebhookSubscriptionPausedEvent(subscriptionId, applicationId, now));
    }

    /** Resumes a paused subscription, or one Outeract disabled, once the endpoint is fixed. */
    void resume(UUID caller, Instant now) {
        requireOwnedBy(caller);
        if (status == WebhookSubscriptionStatus.ACTIVE) {
            return;
        }

        apply(new WebhookSubscriptionResumedEvent(subscriptionId, applicationId, now));
    }

    void delete(UUID caller, Instant now) {
        requireOwnedBy(caller);

        apply(new WebhookSubscriptionDeletedEvent(subscriptionId, applicationId, now));
    }

    void rotateSecret(UUID caller, Instant previousValidUntil, Instant now) {
        requireOwnedBy(caller);

        apply(new WebhookSecretRotatedEvent(subscriptionId, applicationId, previousValidUntil,
                now));
    }

    /** Only an endpoint that is being called can be disabled; a paused one stays paused. */
    boolean disable(UUID caller, DisableReason reason, Instant now) {
        requireOwnedBy(caller);
        if (status != WebhookSubscriptionStatus.ACTIVE) {
            return false;
        }

        apply(new WebhookSubscriptionDisabledEvent(subscriptionId, applicationId, reason, now));
        return true;
    }

    private void requireOwnedBy(UUID caller) {
        if (!applicationId.equals(caller) || status == WebhookSubscriptionStatus.DELETED) {
            throw new WebhookSubscriptionNotFoundException(subscriptionId);
        }
    }

    private static void requireDescription(String description) {
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("A subscription's description has at most "
                    + MAX_DESCRIPTION_LENGTH + " characters");
        }
        Texts.requirePrintableName(description, "A subscription's description");
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionCreatedEvent event) {
        subscriptionId = event.subscriptionId();
        applicationId = event.applicationId();
        url = event.url();
        eventTypes = event.eventTypes();
        description = event.description();
        status = WebhookSubscriptionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionUpdatedEvent event) {
        url = event.url();
        eventTypes = event.eventTypes();
        description = event.description();
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionPausedEvent event) {
        status = WebhookSubscriptionStatus.PAUSED;
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionResumedEvent event) {
        status = WebhookSubscriptionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionDisabledEvent event) {
        status = WebhookSubscriptionStatus.DISABLED;
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionDeletedEvent event) {
        status = WebhookSubscriptionStatus.DELETED;
    }
}
