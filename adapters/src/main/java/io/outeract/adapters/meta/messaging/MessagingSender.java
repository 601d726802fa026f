package io.outeract.adapters.meta.messaging;

import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.SendError;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a message with the Send API, {@code POST /{account-id}/messages}, and logs what came of
 * it, never the text itself.
 */
final class MessagingSender {

    private static final Logger log = LoggerFactory.getLogger(MessagingSender.class);

    private final GraphApi api;
    private final MessagingPlatform platform;
    private final MessagingRequests requests;
    private final MessagingSendOutcomes outcomes;

    MessagingSender(GraphApi api, MessagingPlatform platform) {
        this.api = api;
        this.platform = platform;
        this.requests = new MessagingRequests(platform, api.objectMapper());
        this.outcomes = new MessagingSendOutcomes(platform);
    }

    SendResult send(OutgoingMessage message, Credentials credentials) {
        Optional<String> token = MessagingCredentials.find(credentials, platform.tokenName());
        if (token.isEmpty()) {
            return failed(SendErrorCodes.UNAUTHORIZED,
                    "The connection has no " + platform.tokenName());
        }
        Optional<String> accountId =
                MessagingCredentials.find(credentials, platform.accountIdName());
        if (accountId.isEmpty()) {
            return failed(SendErrorCodes.INVALID_REQUEST,
                    "The connection has no " + platform.accountIdName() + " to send as");
        }
        Optional<String> refusal = requests.refusal(message);
        if (refusal.isPresent()) {
            return failed(SendErrorCodes.INVALID_REQUEST, refusal.get());
        }

        SendResult result = call(accountId.get(), token.get(), message);

        logOutcome(accountId.get(), result);
        return result;
    }

    private SendResult call(String accountId, String token, OutgoingMessage message) {
        try {
            return outcomes.of(api.post(accountId + "/messages", token, requests.body(message)));
        } catch (GraphTransportException failure) {
            return outcomes.of(failure);
        }
    }

    private static SendResult failed(String code, String description) {
        return new SendResult.Failed(new SendError(code, null, description));
    }

    private void logOutcome(String accountId, SendResult result) {
        String name = platform.displayName();
        if (result instanceof SendResult.Sent sent) {
            log.info("{} accepted message {} from {}", name, sent.platformMessageId(), accountId);
        } else if (result instanceof SendResult.RetryLater retry) {
            log.warn("{} send from {} to be retried later: {} ({})", name, accountId,
                    retry.error().code(), retry.error().description());
        } else if (result instanceof SendResult.Failed failed) {
            log.warn("{} send from {} failed: {} ({})", name, accountId,
                    failed.error().code(), failed.error().description());
        }
    }
}
