package io.outeract.api.security;

import io.outeract.contract.query.ApiKeyView;
import io.outeract.contract.query.FindApiKeysQuery;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Finds the application behind an API key. A key works once its issue has reached the read
 * model (milliseconds) and stops once its revocation has.
 */
@Component
public class DeveloperAuthentication {

    private final QueryGateway queries;

    DeveloperAuthentication(QueryGateway queries) {
        this.queries = queries;
    }

    public DeveloperCaller authenticate(String authorizationHeader, String apiKeyHeader) {
        String key = apiKeyHeader != null && !apiKeyHeader.isBlank()
                ? apiKeyHeader : BearerTokens.from(authorizationHeader);
        ApiKeySecrets.ParsedKey parsed = ApiKeySecrets.parse(key);

        List<ApiKeyView> found = queries.query(new FindApiKeysQuery(parsed.apiKeyId(), null),
                ResponseTypes.multipleInstancesOf(ApiKeyView.class)).join();
        ApiKeyView view = found.stream()
                .filter(candidate ->
                        ApiKeySecrets.sameHash(candidate.secretHash(), parsed.secretHash()))
                .findFirst()
                .orElseThrow(() -> new AuthenticationFailedException("The API key is not valid"));
        if (view.revoked()) {
            throw new AuthenticationFailedException("The API key was revoked");
        }
        return new DeveloperCaller(view.applicationId(), view.id(), view.scopes());
    }
}
