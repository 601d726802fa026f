package io.outeract.contract.apikey;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An API key was revoked. */
@Revision("1")
public record ApiKeyRevokedEvent(UUID apiKeyId, UUID applicationId, Instant revokedAt) {
}
