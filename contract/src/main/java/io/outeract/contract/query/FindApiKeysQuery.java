package io.outeract.contract.query;

import java.util.UUID;

/** Find the API key with the given id, or the keys of an application. */
public record FindApiKeysQuery(UUID apiKeyId, UUID applicationId) {
}
