package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What Slack answered to one Web API call: {@code {"ok":true,…}} or
 * {@code {"ok":false,"error":"<code>"}}, mostly with HTTP 200 either way, and HTTP 429 with
 * {@code Retry-After} when rate limited. A body that is not such JSON (a proxy's HTML page) is
 * kept as a failed answer carrying only its HTTP status.
 */
record SlackAnswer(int httpStatus, boolean ok, JsonNode body, String error, Duration retryAfter) {

    private static final Pattern WHOLE_SECONDS = Pattern.compile("\\d{1,9}");

    static SlackAnswer read(int httpStatus, String retryAfterHeader, byte[] bytes,
            ObjectMapper objectMapper) {
        Duration retryAfter = retryAfterHeader != null
                && WHOLE_SECONDS.matcher(retryAfterHeader.trim()).matches()
                ? Duration.ofSeconds(Long.parseLong(retryAfterHeader.trim()))
                : null;
        JsonNode root = readOrNull(bytes, objectMapper);
        if (root == null || !root.isObject()) {
            return new SlackAnswer(httpStatus, false, null, null, retryAfter);
        }
        JsonNode error = root.get("error");
        return new SlackAnswer(httpStatus, root.path("ok").asBoolean(false), root,
                error != null && error.isTextual() ? error.textValue() : null, retryAfter);
    }

    /** A text field of the answer, or null. */
    String text(String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** Slack's code for a failure: its error, or the HTTP status when it gave none. */
    String platformCode() {
        return error != null ? error : String.valueOf(httpStatus);
    }

    private static JsonNode readOrNull(byte[] bytes, ObjectMapper objectMapper) {
        try {
            return objectMapper.readTree(bytes);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
