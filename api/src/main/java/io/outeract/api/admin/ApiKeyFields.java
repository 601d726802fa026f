package io.outeract.api.admin;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Fields;
import io.outeract.api.graphql.Ids;
import io.outeract.api.graphql.NotFoundException;
import io.outeract.api.graphql.Queries;
import io.outeract.api.graphql.ReadModelCatchUp;
import io.outeract.api.security.AdminCaller;
import io.outeract.api.security.ApiKeySecrets;
import io.outeract.contract.apikey.IssueApiKeyCommand;
import io.outeract.contract.apikey.RevokeApiKeyCommand;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.query.ApiKeyView;
import io.outeract.contract.query.ApplicationView;
import io.outeract.contract.query.FindApiKeysQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** The Admin API's API keys. */
@Component
class ApiKeyFields {

    private static final Duration REVOCATION_WAIT = Duration.ofSeconds(5);

    private final AdminAccess access;
    private final Queries queries;
    private final CommandGateway commands;
    private final Clock clock;

    ApiKeyFields(AdminAccess access, Queries queries, CommandGateway commands, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    List<Map<String, Object>> keysOf(DataFetchingEnvironment env) {
        Map<String, Object> application = env.getSource();
        return queries.list(new FindApiKeysQuery(null, (UUID) application.get("id")),
                ApiKeyView.class).stream().map(AdminViews::apiKey).toList();
    }

    Map<String, Object> issue(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        ApplicationView application = access.application(admin,
                Ids.parse(env.getArgument("applicationId"), "applicationId"));
        Set<ApiScope> scopes = scopes(env.getArgument("scopes"));
        String name = env.getArgument("name");

        UUID apiKeyId = UUID.randomUUID();
        ApiKeySecrets.NewApiKey key = ApiKeySecrets.generate(apiKeyId);
        commands.sendAndWait(new IssueApiKeyCommand(apiKeyId, application.id(), name, scopes,
                key.secretHash()));

        ApiKeyView issued = new ApiKeyView(apiKeyId, application.id(), name.strip(), scopes,
                key.secretHash(), false, clock.instant());
        return Fields.of("apiKey", AdminViews.apiKey(issued), "key", key.key());
    }

    Map<String, Object> revoke(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        UUID apiKeyId = Ids.parse(env.getArgument("id"), "id");
        NotFoundException notFound = new NotFoundException(
                "No API key " + apiKeyId + " that you may manage");
        ApiKeyView key = queries.list(new FindApiKeysQuery(apiKeyId, null), ApiKeyView.class)
                .stream().findFirst().orElseThrow(() -> notFound);
        access.requireApplication(admin, key.applicationId(), notFound);

        commands.sendAndWait(new RevokeApiKeyCommand(apiKeyId, key.applicationId()));
        awaitRevokedInReadModel(apiKeyId);
        return AdminViews.apiKey(new ApiKeyView(key.id(), key.applicationId(), key.name(),
                key.scopes(), key.secretHash(), true, key.issuedAt()));
    }

    /** Keys are checked against the read model: answer once it refuses this one. */
    private void awaitRevokedInReadModel(UUID apiKeyId) {
        ReadModelCatchUp.until(() -> revokedInReadModel(apiKeyId), REVOCATION_WAIT);
    }

    private boolean revokedInReadModel(UUID apiKeyId) {
        return queries.list(new FindApiKeysQuery(apiKeyId, null), ApiKeyView.class).stream()
                .allMatch(ApiKeyView::revoked);
    }

    private static Set<ApiScope> scopes(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new IllegalArgumentException("An API key needs at least one scope; choose from "
                    + validScopes());
        }
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String value : requested) {
            try {
                scopes.add(ApiScope.fromValue(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Unknown scope '" + value + "'; choose from " + validScopes());
            }
        }
        return scopes;
    }

    private static String validScopes() {
        return Arrays.stream(ApiScope.values()).map(ApiScope::value)
                .collect(Collectors.joining(", "));
    }
}
