package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.meta.GraphAnswer;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.common.Credentials;
import java.util.Map;

/** Asks for the business number with the connection's token; answers, never throws. */
final class WhatsAppHealthCheck {

    private static final Map<String, String> FIELDS = Map.of("fields",
            "verified_name,code_verification_status,display_phone_number,quality_rating");

    private final GraphApi graph;

    WhatsAppHealthCheck(GraphApi graph) {
        this.graph = graph;
    }

    HealthReport check(Credentials credentials) {
        String token = WhatsAppCredentials.find(credentials, WhatsAppCredentials.ACCESS_TOKEN)
                .orElse(null);
        String phoneNumberId = WhatsAppCredentials.find(credentials,
                WhatsAppCredentials.PHONE_NUMBER_ID).orElse(null);
        if (token == null || phoneNumberId == null) {
            return HealthReport.unhealthy(
                    "The connection needs a WhatsApp access token and phone number id");
        }

        try {
            return reportOn(phoneNumberId, graph.get(phoneNumberId, token, FIELDS));
        } catch (GraphTransportException failure) {
            return HealthReport.unhealthy("WhatsApp could not be reached: " + failure.getMessage());
        }
    }

    private static HealthReport reportOn(String phoneNumberId, GraphAnswer answer) {
        if (!answer.ok()) {
            return HealthReport.unhealthy(answer.error() != null
                    ? answer.error().describe()
                    : "WhatsApp answered the health check with HTTP " + answer.httpStatus());
        }
        JsonNode number = answer.body();
        String name = WhatsAppJson.text(number.get("verified_name"));
        return HealthReport.healthy(phoneNumberId,
                name != null ? name : WhatsAppJson.text(number.get("display_phone_number")));
    }
}
