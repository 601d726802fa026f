package io.outeract.api.security;

import io.outeract.contract.common.ApiScope;
import java.util.Set;
import java.util.UUID;

/** An application calling the Developer API with one of its keys, and what that key may do. */
public record DeveloperCaller(UUID applicationId, UUID apiKeyId, Set<ApiScope> scopes) {

    public void require(ApiScope scope) {
        if (!scopes.contains(scope)) {
            throw new MissingScopeException(scope);
        }
    }
}
