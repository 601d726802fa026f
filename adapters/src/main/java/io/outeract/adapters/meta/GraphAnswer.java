package io.outeract.adapters.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * What the Graph API answered: the HTTP status, the JSON body, and the {@code error} object when
 * there is one. A body that is not JSON (a proxy's HTML page) leaves {@code body} null. Meta
 * says to decide on the error's code, not on the HTTP status, which differs between endpoints.
 */
public record GraphAnswer(int httpStatus, JsonNode body, GraphError error, String retryAfter) {

    static GraphAnswer read(int httpStatus, String retryAfter, byte[] bytes, ObjectMapper json) {
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (IOException unreadable) {
            body = null;
        }
        GraphError error = body != null && body.path("error").isObject()
                ? GraphError.of(body.path("error"))
                : null;
        return new GraphAnswer(httpStatus, body, error, retryAfter);
    }

    public boolean ok() {
        return httpStatus / 100 == 2 && error == null && body != null;
    }

    /** A Graph API {@code error}: its numeric code and subcode, type, message and trace id. */
    public record GraphError(
            Integer code, Integer subcode, String type, String message, String details,
            String fbtraceId) {

        static GraphError of(JsonNode error) {
            return new GraphError(
                    error.path("code").canConvertToInt() ? error.path("code").asInt() : null,
                    error.path("error_subcode").canConvertToInt()
                            ? error.path("error_subcode").asInt() : null,
                    textOrNull(error.path("type")),
                    textOrNull(error.path("message")),
                    textOrNull(error.path("error_data").path("details")),
                    textOrNull(error.path("fbtrace_id")));
        }

        /** The code as Outeract keeps it: {@code code} or {@code code/subcode}. */
        public String platformCode() {
            if (code == null) {
                return null;
            }
            return subcode == null ? String.valueOf(code) : code + "/" + subcode;
        }

        /** Meta's words for the error, with the details when it gave some. */
        public String describe() {
            String words = message != null ? message : "Graph API error " + platformCode();
            return details == null || details.isBlank() ? words : words + ": " + details;
        }

        private static String textOrNull(JsonNode node) {
            return node.isValueNode() && !node.asText().isEmpty() ? node.asText() : null;
        }
    }
}
