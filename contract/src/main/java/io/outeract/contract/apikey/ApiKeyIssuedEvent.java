package io.outeract.contract.apikey;

import io.outeract.contract.common.ApiScope;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An API key was issued. Its secret was shown once to the admin and is stored nowhere. */
@Revision("1")
public record ApiKeyIssuedEvent(
        UUID apiKeyId,
        UUID applicationId,
        String name,
        Set<ApiScope> scopes,
        String secretHash,
        Instant issuedAt) {
}
