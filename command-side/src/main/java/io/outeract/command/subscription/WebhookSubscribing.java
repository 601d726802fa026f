package io.outeract.command.subscription;

import io.outeract.contract.subscription.CreateWebhookSubscriptionCommand;
import io.outeract.contract.subscription.DeleteWebhookSubscriptionCommand;
import io.outeract.contract.subscription.DisableWebhookSubscriptionCommand;
import io.outeract.contract.subscription.PauseWebhookSubscriptionCommand;
import io.outeract.contract.subscription.ResumeWebhookSubscriptionCommand;
import io.outeract.contract.subscription.RotateWebhookSecretCommand;
import io.outeract.contract.subscription.UpdateWebhookSubscriptionCommand;
import io.outeract.contract.subscription.WebhookSubscriptionCreatedEvent;
import io.outeract.contract.subscription.WebhookSubscriptionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Every change of a subscription touches two things that must change together, in the
 * command's transaction: the subscription's history and the endpoint table the dispatcher
 * reads, with its sealed secrets. URLs are checked against the address policy here, so both
 * APIs refuse the same URLs.
 */
public class WebhookSubscribing {

    static final Duration LONGEST_GRACE = Duration.ofDays(7);

    private final Repository<WebhookSubscription> subscriptions;
    private final WebhookEndpoints endpoints;
    private final WebhookUrlGuard guard;
    private final Clock clock;

    public WebhookSubscribing(Repository<WebhookSubscription> subscriptions,
            WebhookEndpoints endpoints, WebhookUrlGuard guard, Clock clock) {
        this.subscriptions = subscriptions;
        this.endpoints = endpoints;
        this.guard = guard;
        this.clock = clock;
    }

    @CommandHandler
    public UUID handle(CreateWebhookSubscriptionCommand command) throws Exception {
        String url = guard.check(command.url()).toString();
        List<String> types = EventTypeFilters.normalise(command.eventTypes());
        String description = command.description() == null ? "" : command.description().strip();
        Instant now = clock.instant();

        endpoints.insert(new Endpoint(command.subscriptionId(), command.applicationId(), url,
                types, WebhookSubscriptionStatus.ACTIVE, now), command.signingSecret());
        WebhookSubscriptionCreatedEvent created = new WebhookSubscriptionCreatedEvent(
                command.subscriptionId(), command.applicationId(), url, types, description, now);
        subscriptions.newInstance(() -> new WebhookSubscription(created));
        return command.subscriptionId();
    }

    @CommandHandler
    public void handle(UpdateWebhookSubscriptionCommand command) {
        String url = command.url() == null ? null : guard.check(command.url()).toString();
        List<String> types = command.eventTypes() == null ? null
                : EventTypeFilters.normalise(command.eventTypes());

        Aggregate<WebhookSubscription> subscription = load(command.subscriptionId());
        subscription.execute(found -> found.update(command.applicationId(), url, types,
                command.description(), clock.instant()));
        subscription.execute(found ->
                endpoints.update(command.subscriptionId(), found.url(), found.eventTypes()));
    }

    @CommandHandler
    public void handle(PauseWebhookSubscriptionCommand command) {
        load(command.subscriptionId())
                .execute(found -> found.pause(command.applicationId(), clock.instant()));
        endpoints.status(command.subscriptionId(), WebhookSubscriptionStatus.PAUSED);
    }

    @CommandHandler
    public void handle(ResumeWebhookSubscriptionCommand command) {
        load(command.subscriptionId())
                .execute(found -> found.resume(command.applicationId(), clock.instant()));
        endpoints.status(command.subscriptionId(), WebhookSubscriptionStatus.ACTIVE);
    }

    @CommandHandler
    public void handle(DeleteWebhookSubscriptionCommand command) {
        load(command.subscriptionId())
                .execute(found -> found.delete(command.applicationId(), clock.instant()));
        endpoints.status(command.subscriptionId(), WebhookSubscriptionStatus.DELETED);
    }

    @CommandHandler
    public void handle(RotateWebhookSecretCommand command) {
        Duration grace = command.gracePeriod() == null ? Duration.ZERO : command.gracePeriod();
        if (grace.isNegative() || grace.compareTo(LONGEST_GRACE) > 0) {
            throw new IllegalArgumentException("The grace period of the old secret is between "
                    + "0 and " + LONGEST_GRACE.toDays() + " days");
        }
        Instant now = clock.instant();

        load(command.subscriptionId()).execute(found ->
                found.rotateSecret(command.applicationId(), now.plus(grace), now));
        endpoints.rotate(command.subscriptionId(), command.signingSecret(), now.plus(grace));
    }

    @CommandHandler
    public void handle(DisableWebhookSubscriptionCommand command) {
        Aggregate<WebhookSubscription> subscription = load(command.subscriptionId());
        subscription.execute(found -> {
            if (found.disable(command.applicationId(), command.reason(), clock.instant())) {
                endpoints.status(command.subscriptionId(), WebhookSubscriptionStatus.DISABLED);
            }
        });
    }

    private Aggregate<WebhookSubscription> load(UUID subscriptionId) {
        return subscriptions.load(subscriptionId.toString());
    }
}
