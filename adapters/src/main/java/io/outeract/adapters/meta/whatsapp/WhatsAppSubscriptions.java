package io.outeract.adapters.meta.whatsapp;

import io.outeract.adapters.meta.GraphAnswer;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.common.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes Outeract's Meta app to a WhatsApp Business Account, so that the account's
 * deliveries reach the app's one webhook. The webhook's URL and verify token belong to the app,
 * set once in the App Dashboard, not to each connection.
 */
final class WhatsAppSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppSubscriptions.class);

    private final GraphApi graph;

    WhatsAppSubscriptions(GraphApi graph) {
        this.graph = graph;
    }

    void subscribe(Credentials credentials) {
        String token = credentials.require(WhatsAppCredentials.ACCESS_TOKEN);
        String wabaId = credentials.require(WhatsAppCredentials.WABA_ID);

        GraphAnswer answer;
        try {
            answer = graph.post(wabaId + "/subscribed_apps", token,
                    graph.objectMapper().createObjectNode());
        } catch (GraphTransportException failure) {
            throw new WhatsAppApiException("WhatsApp could not be reached to subscribe the app "
                    + "to WABA " + wabaId + ": " + failure.getMessage(), failure);
        }

        if (!succeeded(answer)) {
            throw new WhatsAppApiException("WhatsApp refused to subscribe the app to WABA "
                    + wabaId + ": " + (answer.error() != null
                            ? answer.error().describe()
                            : "HTTP " + answer.httpStatus()));
        }
        log.info("WhatsApp will deliver the webhooks of WABA {} to Outeract", wabaId);
    }

    // Meta's reference shows {"success": true}; its own Postman sample shows the string "true".
    private static boolean succeeded(GraphAnswer answer) {
        return answer.ok() && answer.body().path("success").asText().equals("true");
    }
}
