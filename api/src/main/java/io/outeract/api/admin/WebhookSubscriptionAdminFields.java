package io.outeract.api.admin;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Ids;
import io.outeract.api.graphql.NotFoundException;
import io.outeract.api.security.AdminCaller;
import io.outeract.api.subscription.WebhookSubscriptionOperations;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The Admin API's webhook subscriptions: the same operations as the Developer API's, for the
 * applications of the admin's organisations. Another organisation's subscription is not found.
 */
@Component
class WebhookSubscriptionAdminFields {

    private final AdminAccess access;
    private final WebhookSubscriptionOperations subscriptions;

    WebhookSubscriptionAdminFields(AdminAccess access,
            WebhookSubscriptionOperations subscriptions) {
        this.access = access;
        this.subscriptions = subscriptions;
    }

    List<Map<String, Object>> subscriptions(DataFetchingEnvironment env) {
        return subscriptions.list(application(env));
    }

    Map<String, Object> create(DataFetchingEnvironment env) {
        return subscriptions.create(application(env), env.getArgument("input"));
    }

    Map<String, Object> update(DataFetchingEnvironment env) {
        UUID id = id(env);
        return subscriptions.update(applicationOf(env, id), id, env.getArgument("input"));
    }

    Map<String, Object> pause(DataFetchingEnvironment env) {
        UUID id = id(env);
        return subscriptions.pause(applicationOf(env, id), id);
    }

    Map<String, Object> resume(DataFetchingEnvironment env) {
        UUID id = id(env);
        return subscriptions.resume(applicationOf(env, id), id);
    }

    boolean delete(DataFetchingEnvironment env) {
        UUID id = id(env);
        return subscriptions.delete(applicationOf(env, id), id);
    }

    Map<String, Object> rotateSecret(DataFetchingEnvironment env) {
        UUID id = id(env);
        return subscriptions.rotateSecret(applicationOf(env, id), id,
                env.getArgument("gracePeriodHours"));
    }

    private UUID application(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        return access.application(admin,
                Ids.parse(env.getArgument("applicationId"), "applicationId")).id();
    }

    private UUID applicationOf(DataFetchingEnvironment env, UUID subscriptionId) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        NotFoundException notFound = new NotFoundException(
                "No webhook subscription " + subscriptionId + " that you may manage");
        UUID applicationId = subscriptions.applicationOf(subscriptionId)
                .orElseThrow(() -> notFound);
        access.requireApplication(admin, applicationId, notFound);
        return applicationId;
    }

    private static UUID id(DataFetchingEnvironment env) {
        return Ids.parse(env.getArgument("id"), "id");
    }
}
