package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.meta.GraphAnswer;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.common.Credentials;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the app on a Page with {@code POST /{page-id}/subscribed_apps}. The callback URL is
 * the Meta app's, set once in the App Dashboard for every Page; without this second,
 * per-Page subscription the Page produces no webhooks at all (messenger.md §1).
 */
final class MessengerPageSubscription {

    /** The fields Outeract reads; Meta keeps the list it was given last. */
    static final List<String> SUBSCRIBED_FIELDS = List.of(
            "messages",
            "messaging_postbacks",
            "message_deliveries",
            "message_reads",
            "message_echoes",
            "message_reactions",
            "message_edits");

    private static final Logger log = LoggerFactory.getLogger(MessengerPageSubscription.class);

    private final GraphApi api;

    MessengerPageSubscription(GraphApi api) {
        this.api = api;
    }

    void subscribe(Credentials credentials) {
        String token = credentials.require(MessagingCredentials.PAGE_ACCESS_TOKEN);
        String pageId = credentials.require(MessagingCredentials.PAGE_ID);

        GraphAnswer answer = post(pageId, token);

        if (!answer.ok() || !answer.body().path("success").asBoolean(false)) {
            String reason = answer.error() != null
                    ? answer.error().describe()
                    : "HTTP " + answer.httpStatus();
            throw new MessagingApiException(
                    "Meta refused to subscribe the app to Page " + pageId + ": " + reason);
        }
        log.info("Messenger will deliver the webhooks of Page {} to Outeract", pageId);
    }

    private GraphAnswer post(String pageId, String token) {
        // Graph API parameters may travel in the JSON body as well as in the query.
        ObjectNode parameters = api.objectMapper().createObjectNode()
                .put("subscribed_fields", String.join(",", SUBSCRIBED_FIELDS));
        try {
            return api.post(pageId + "/subscribed_apps", token, parameters);
        } catch (GraphTransportException failure) {
            throw new MessagingApiException("Meta could not be reached to subscribe the app to "
                    + "Page " + pageId + ": " + failure.getMessage(), failure);
        }
    }
}
