package io.outeract.contract.query;

import io.outeract.contract.common.ApiScope;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An API key as the read model keeps it: the hash of its secret, its scopes, whether revoked. */
public record ApiKeyView(
        UUID id,
        UUID applicationId,
        String name,
        Set<ApiScope> scopes,
        String secretHash,
        boolean revoked,
        Instant issuedAt) {
}
