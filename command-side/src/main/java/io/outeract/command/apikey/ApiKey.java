package io.outeract.command.apikey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.outeract.command.Texts;
import io.outeract.contract.apikey.ApiKeyIssuedEvent;
import io.outeract.contract.apikey.ApiKeyRevokedEvent;
import io.outeract.contract.apikey.IssueApiKeyCommand;
import io.outeract.contract.apikey.RevokeApiKeyCommand;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A Developer API key of one application: issued with scopes, revoked once and for good. */
@Aggregate
class ApiKey {

    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private UUID apiKeyId;
    private UUID applicationId;
    private boolean revoked;

    protected ApiKey() {
    }

    @CommandHandler
    ApiKey(IssueApiKeyCommand command, Clock clock) {
        if (command.scopes() == null || command.scopes().isEmpty()) {
            throw new IllegalArgumentException("An API key needs at least one scope");
        }
        String name = command.name() == null ? "" : command.name().strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "An API key name has at most " + MAX_NAME_LENGTH + " characters");
        }
        Texts.requirePrintableName(name, "An API key name");
        if (command.secretHash() == null || command.secretHash().isBlank()) {
            throw new IllegalArgumentException("An API key needs the hash of its secret");
        }

        apply(new ApiKeyIssuedEvent(command.apiKeyId(), command.applicationId(), name,
                Set.copyOf(command.scopes()), command.secretHash(), clock.instant()));
    }

    @CommandHandler
    void handle(RevokeApiKeyCommand command, Clock clock) {
        if (!applicationId.equals(command.applicationId())) {
            throw new ApiKeyNotFoundException(command.apiKeyId());
        }
        if (revoked) {
            return;
        }

        apply(new ApiKeyRevokedEvent(apiKeyId, applicationId, clock.instant()));
    }

    @EventSourcingHandler
    void on(ApiKeyIssuedEvent event) {
        apiKeyId = event.apiKeyId();
        applicationId = event.applicationId();
    }

    @EventSourcingHandler
    void on(ApiKeyRevokedEvent event) {
        revoked = true;
    }
}
