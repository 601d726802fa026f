package io.outeract.contract.apikey;

import io.outeract.contract.common.ApiScope;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue an API key with scopes; the command carries only the hash of the key's secret. */
public record IssueApiKeyCommand(
        @TargetAggregateIdentifier UUID apiKeyId,
        UUID applicationId,
        String name,
        Set<ApiScope> scopes,
        String secretHash) {
}
