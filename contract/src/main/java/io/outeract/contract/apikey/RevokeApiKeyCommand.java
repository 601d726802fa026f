package io.outeract.contract.apikey;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revoke an API key: from then on it authenticates nothing. */
public record RevokeApiKeyCommand(@TargetAggregateIdentifier UUID apiKeyId, UUID applicationId) {
}
