package io.outeract.api.developer;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Cursors;
import io.outeract.api.graphql.Fields;
import io.outeract.api.graphql.Ids;
import io.outeract.api.graphql.Queries;
import io.outeract.api.security.DeveloperCaller;
import io.outeract.api.subscription.WebhookSubscriptionOperations;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.subscription.FindWebhookAttemptsQuery;
import io.outeract.contract.subscription.FindWebhookDeliveriesQuery;
import io.outeract.contract.subscription.RedeliverFailedWebhooksCommand;
import io.outeract.contract.subscription.RedeliverWebhookCommand;
import io.outeract.contract.subscription.WebhookAttemptView;
import io.outeract.contract.subscription.WebhookDeliveryView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The Developer API's webhook subscriptions, their deliveries and attempts, and redelivery.
 * Scope webhooks:manage; everything is of the key's own application.
 */
@Component
class WebhookSubscriptionFields {

    private static final int MAX_PAGE = 100;

    private final WebhookSubscriptionOperations subscriptions;
    private final Queries queries;
    private final Cursors cursors;
    private final CommandGateway commands;

    WebhookSubscriptionFields(WebhookSubscriptionOperations subscriptions, Queries queries,
            Cursors cursors, CommandGateway commands) {
        this.subscriptions = subscriptions;
        this.queries = queries;
        this.cursors = cursors;
        this.commands = commands;
    }

    List<Map<String, Object>> subscriptions(DataFetchingEnvironment env) {
        return subscriptions.list(application(env));
    }

    Map<String, Object> subscription(DataFetchingEnvironment env) {
        return subscriptions.one(application(env), id(env, "id")).orElse(null);
    }

    Map<String, Object> create(DataFetchingEnvironment env) {
        return subscriptions.create(application(env), env.getArgument("input"));
    }

    Map<String, Object> update(DataFetchingEnvironment env) {
        return subscriptions.update(application(env), id(env, "id"), env.getArgument("input"));
    }

    Map<String, Object> pause(DataFetchingEnvironment env) {
        return subscriptions.pause(application(env), id(env, "id"));
    }

    Map<String, Object> resume(DataFetchingEnvironment env) {
        return subscriptions.resume(application(env), id(env, "id"));
    }

    boolean delete(DataFetchingEnvironment env) {
        return subscriptions.delete(application(env), id(env, "id"));
    }

    Map<String, Object> rotateSecret(DataFetchingEnvironment env) {
        return subscriptions.rotateSecret(application(env), id(env, "id"),
                env.getArgument("gracePeriodHours"));
    }

    Map<String, Object> deliveries(DataFetchingEnvironment env) {
        UUID applicationId = application(env);
        int first = Math.max(1, Math.min(env.getArgumentOrDefault("first", 20), MAX_PAGE));
        String after = env.getArgument("after");
        UUID subscriptionId = optionalId(env, "subscriptionId");
        UUID eventId = optionalId(env, "eventId");
        List<WebhookDeliveryView> found = queries.list(new FindWebhookDeliveriesQuery(
                applicationId, subscriptionId, eventId, null,
                after == null ? null : cursors.decode(after), first + 1),
                WebhookDeliveryView.class);
        List<WebhookDeliveryView> page = found.stream().limit(first).toList();
        List<Map<String, Object>> edges = page.stream().map(delivery -> Fields.of(
                "node", delivery(delivery), "cursor", cursors.encode(delivery.position())))
                .toList();
        return Fields.of("edges", edges, "pageInfo", Fields.of(
                "hasNextPage", found.size() > first, "hasPreviousPage", after != null,
                "startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"),
                "endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor")));
    }

    Map<String, Object> delivery(DataFetchingEnvironment env) {
        return queries.list(new FindWebhookDeliveriesQuery(application(env), null, null,
                id(env, "id"), null, 1), WebhookDeliveryView.class).stream().findFirst()
                .map(WebhookSubscriptionFields::delivery).orElse(null);
    }

    List<Map<String, Object>> attempts(DataFetchingEnvironment env) {
        Map<String, Object> delivery = env.getSource();
        return queries.list(new FindWebhookAttemptsQuery(application(env),
                (UUID) delivery.get("id")), WebhookAttemptView.class).stream()
                .map(WebhookSubscriptionFields::attempt).toList();
    }

    boolean redeliver(DataFetchingEnvironment env) {
        commands.sendAndWait(new RedeliverWebhookCommand(id(env, "deliveryId"),
                application(env)));
        return true;
    }

    int redeliverFailed(DataFetchingEnvironment env) {
        Instant since = Instant.parse(env.getArgument("since"));
        return commands.sendAndWait(new RedeliverFailedWebhooksCommand(
                id(env, "subscriptionId"), application(env), since));
    }

    private static Map<String, Object> delivery(WebhookDeliveryView view) {
        return Fields.of("id", view.id(), "subscriptionId", view.subscriptionId(),
                "eventId", view.eventId(), "eventType", view.eventType(),
                "webhookId", "msg_" + view.eventId(), "status", view.status(),
                "attemptCount", view.attempts(), "lastStatusCode", view.lastStatusCode(),
                "lastAttemptAt", Fields.text(view.lastAttemptAt()),
                "nextAttemptAt", Fields.text(view.nextAttemptAt()));
    }

    private static Map<String, Object> attempt(WebhookAttemptView view) {
        return Fields.of("number", view.attempt().number(),
                "requestedAt", Fields.text(view.attempt().requestedAt()),
                "statusCode", view.attempt().statusCode(),
                "latencyMillis", view.attempt().latencyMillis(),
                "responseBody", view.attempt().responseBody(),
                "error", view.attempt().error(), "outcome", view.outcome().name());
    }

    private static UUID application(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        caller.require(ApiScope.WEBHOOKS_MANAGE);
        return caller.applicationId();
    }

    private static UUID id(DataFetchingEnvironment env, String argument) {
        return Ids.parse(env.getArgument(argument), argument);
    }

    private static UUID optionalId(DataFetchingEnvironment env, String argument) {
        String value = env.getArgument(argument);
        return value == null ? null : Ids.parse(value, argument);
    }
}
