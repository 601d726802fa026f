package io.outeract.adapters.meta.messaging;

import io.outeract.adapters.HealthReport;
import io.outeract.adapters.meta.GraphAnswer;
import io.outeract.adapters.meta.GraphAnswer.GraphError;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.common.Credentials;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the Graph API for the connection's own account with its token: a token that can read
 * it still works, and the answer names the account. Answers, never throws.
 */
final class MessagingHealthCheck {

    private static final int INVALID_TOKEN = 190;

    private final GraphApi api;
    private final MessagingPlatform platform;

    MessagingHealthCheck(GraphApi api, MessagingPlatform platform) {
        this.api = api;
        this.platform = platform;
    }

    HealthReport check(Credentials credentials) {
        Optional<String> token = MessagingCredentials.find(credentials, platform.tokenName());
        Optional<String> accountId =
                MessagingCredentials.find(credentials, platform.accountIdName());
        if (token.isEmpty() || accountId.isEmpty()) {
            return HealthReport.unhealthy("The connection needs its " + platform.tokenName()
                    + " and its " + platform.accountIdName());
        }

        try {
            Map<String, String> fields = Map.of("fields", "id," + platform.accountNameField());
            return reportOn(accountId.get(), api.get(accountId.get(), token.get(), fields));
        } catch (GraphTransportException failure) {
            return HealthReport.unhealthy(
                    platform.displayName() + " could not be reached: " + failure.getMessage());
        }
    }

    private HealthReport reportOn(String accountId, GraphAnswer answer) {
        GraphError error = answer.error();
        if (error != null && error.code() != null && error.code() == INVALID_TOKEN) {
            return HealthReport.unhealthy(
                    "Meta rejected the " + platform.tokenName() + ": " + error.describe());
        }
        if (error != null) {
            return HealthReport.unhealthy(error.describe());
        }
        if (!answer.ok()) {
            return HealthReport.unhealthy("The Graph API answered HTTP " + answer.httpStatus());
        }
        String id = MessagingJson.id(answer.body().get("id"));
        if (!accountId.equals(id)) {
            return HealthReport.unhealthy("The Graph API named " + id + ", not the "
                    + platform.accountNoun() + " " + accountId);
        }
        return HealthReport.healthy(id,
                MessagingJson.text(answer.body().get(platform.accountNameField())));
    }
}
