package io.outeract.api.security;

import io.outeract.api.graphql.ReadModelCatchUp;
import io.outeract.contract.common.RequestOrigin;
import io.outeract.contract.query.ApiKeyView;
import io.outeract.contract.query.FindApiKeysQuery;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Finds the application behind an API key. A key works once its issue has reached the read
 * model (milliseconds) and stops once its revocation has.
 */
@Component
public class DeveloperAuthentication {

    private static final Duration NEW_KEY_GRACE = Duration.ofSeconds(1);

    private final QueryGateway queries;

    DeveloperAuthentication(QueryGateway queries) {
        this.queries = queries;
    }

    public DeveloperCaller authenticate(String authorizationHeader, String apiKeyHeader) {
        boolean viaHeader = apiKeyHeader != null && !apiKeyHeader.isBlank();
        if (viaHeader && authorizationHeader != null && !authorizationHeader.isBlank()) {
            throw new AuthenticationFailedException(
                    "Send the API key once: as X-Api-Key or as Authorization, not both");
        }
        String key = viaHeader ? apiKeyHeader : BearerTokens.from(authorizationHeader);
        ApiKeySecrets.ParsedKey parsed = ApiKeySecrets.parse(key);

        ApiKeyView view = keyWithId(parsed.apiKeyId()).stream()
                .filter(candidate ->
                        ApiKeySecrets.sameHash(candidate.secretHash(), parsed.secretHash()))
                .findFirst()
                .orElseThrow(() -> new AuthenticationFailedException("The API key is not valid"));
        if (view.revoked()) {
            throw new AuthenticationFailedException("The API key was revoked");
        }
        RequestOrigin.identifyCaller("api-key:" + view.id());
        return new DeveloperCaller(view.applicationId(), view.id(), view.scopes());
    }

    /**
     * The key's read-model row. A key issued a moment ago may not be there yet, so a miss waits
     * briefly for the projection; a key that never existed costs its caller that wait.
     */
    private List<ApiKeyView> keyWithId(UUID apiKeyId) {
        return ReadModelCatchUp.find(
                () -> Optional.of(find(apiKeyId)).filter(found -> !found.isEmpty()),
                NEW_KEY_GRACE).orElse(List.of());
    }

    private List<ApiKeyView> find(UUID apiKeyId) {
        return queries.query(new FindApiKeysQuery(apiKeyId, null),
                ResponseTypes.multipleInstancesOf(ApiKeyView.class)).join();
    }
}
