package io.outeract.api.subscription;

import io.outeract.api.graphql.Fields;
import io.outeract.api.graphql.NotFoundException;
import io.outeract.api.graphql.Queries;
import io.outeract.api.graphql.ReadModelCatchUp;
import io.outeract.command.subscription.SigningSecrets;
import io.outeract.contract.subscription.CreateWebhookSubscriptionCommand;
import io.outeract.contract.subscription.DeleteWebhookSubscriptionCommand;
import io.outeract.contract.subscription.FindWebhookSubscriptionsQuery;
import io.outeract.contract.subscription.PauseWebhookSubscriptionCommand;
import io.outeract.contract.subscription.ResumeWebhookSubscriptionCommand;
import io.outeract.contract.subscription.RotateWebhookSecretCommand;
import io.outeract.contract.subscription.UpdateWebhookSubscriptionCommand;
import io.outeract.contract.subscription.WebhookSubscriptionView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Creates, changes and reads an application's subscriptions for either API, once the API has
 * established that the caller may manage the application. A signing secret is generated here
 * and appears in the answer of the mutation that made it, and in no other.
 */
@Component
public class WebhookSubscriptionOperations {

    private static final Duration CATCH_UP = Duration.ofSeconds(2);
    private static final Duration DEFAULT_GRACE = Duration.ofHours(24);

    private final CommandGateway commands;
    private final Queries queries;
    private final Clock clock;

    WebhookSubscriptionOperations(CommandGateway commands, Queries queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    public Map<String, Object> create(UUID applicationId, Map<String, Object> input) {
        UUID subscriptionId = UUID.randomUUID();
        String secret = SigningSecrets.generate();
        commands.sendAndWait(new CreateWebhookSubscriptionCommand(subscriptionId, applicationId,
                (String) input.get("url"), eventTypes(input), (String) input.get("description"),
                secret));
        return Fields.of("subscription", await(applicationId, subscriptionId, found -> true),
                "signingSecret", secret);
    }

    public Map<String, Object> update(UUID applicationId, UUID id, Map<String, Object> input) {
        Instant before = now();
        commands.sendAndWait(new UpdateWebhookSubscriptionCommand(id, applicationId,
                (String) input.get("url"), eventTypes(input), (String) input.get("description")));
        return await(applicationId, id, changedSince(before));
    }

    public Map<String, Object> pause(UUID applicationId, UUID id) {
        Instant before = now();
        commands.sendAndWait(new PauseWebhookSubscriptionCommand(id, applicationId));
        return await(applicationId, id, changedSince(before));
    }

    public Map<String, Object> resume(UUID applicationId, UUID id) {
        Instant before = now();
        commands.sendAndWait(new ResumeWebhookSubscriptionCommand(id, applicationId));
        return await(applicationId, id, changedSince(before));
    }

    public boolean delete(UUID applicationId, UUID id) {
        commands.sendAndWait(new DeleteWebhookSubscriptionCommand(id, applicationId));
        ReadModelCatchUp.until(() -> find(applicationId, id).isEmpty(), CATCH_UP);
        return true;
    }

    public Map<String, Object> rotateSecret(UUID applicationId, UUID id, Integer graceHours) {
        Duration grace = graceHours == null ? DEFAULT_GRACE : Duration.ofHours(graceHours);
        String secret = SigningSecrets.generate();
        Instant before = now();
        commands.sendAndWait(new RotateWebhookSecretCommand(id, applicationId, secret, grace));
        return Fields.of("subscription", await(applicationId, id, changedSince(before)),
                "signingSecret", secret);
    }

    public List<Map<String, Object>> list(UUID applicationId) {
        return queries.list(new FindWebhookSubscriptionsQuery(applicationId, null),
                WebhookSubscriptionView.class).stream().map(WebhookSubscriptionOperations::view)
                .toList();
    }

    public Optional<Map<String, Object>> one(UUID applicationId, UUID id) {
        return find(applicationId, id).map(WebhookSubscriptionOperations::view);
    }

    /** The application a subscription belongs to, for the Admin API to check access by. */
    public Optional<UUID> applicationOf(UUID id) {
        return find(null, id).map(WebhookSubscriptionView::applicationId);
    }

    public static Map<String, Object> view(WebhookSubscriptionView view) {
        return Fields.of("id", view.id(), "applicationId", view.applicationId(),
                "url", view.url(), "eventTypes", view.eventTypes(),
                "description", view.description(), "status", view.status().name(),
                "disabledReason", view.disabledReason() == null ? null
                        : view.disabledReason().name(),
                "previousSecretValidUntil", Fields.text(view.previousSecretValidUntil()),
                "createdAt", Fields.text(view.createdAt()),
                "updatedAt", Fields.text(view.updatedAt()));
    }

    private Map<String, Object> await(UUID applicationId, UUID id,
            Predicate<WebhookSubscriptionView> done) {
        Optional<WebhookSubscriptionView> found = ReadModelCatchUp.find(
                () -> find(applicationId, id).filter(done), CATCH_UP);
        return found.or(() -> find(applicationId, id)).map(WebhookSubscriptionOperations::view)
                .orElseThrow(() -> new NotFoundException("No webhook subscription " + id));
    }

    private Optional<WebhookSubscriptionView> find(UUID applicationId, UUID id) {
        return queries.list(new FindWebhookSubscriptionsQuery(applicationId, id),
                WebhookSubscriptionView.class).stream().findFirst();
    }

    // The read model keeps microseconds: a change made after this instant is not shown before it.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Predicate<WebhookSubscriptionView> changedSince(Instant before) {
        return view -> !view.updatedAt().isBefore(before);
    }

    @SuppressWarnings("unchecked")
    private static List<String> eventTypes(Map<String, Object> input) {
        return (List<String>) input.get("eventTypes");
    }
}
