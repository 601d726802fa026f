package io.outeract.adapters.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What Twilio answered: a resource (a Message, an Account) on success, or
 * {@code {"code":21211,"message":"…","more_info":"…","status":400}}. A body that is not such
 * JSON (a proxy's HTML page) is kept as an answer carrying only its HTTP status.
 */
record TwilioAnswer(int httpStatus, JsonNode body, String errorCode, String message,
        Duration retryAfter) {

    private static final Pattern WHOLE_SECONDS = Pattern.compile("\\d{1,9}");

    static TwilioAnswer read(int httpStatus, String retryAfterHeader, byte[] bytes,
            ObjectMapper objectMapper) {
        Duration retryAfter = retryAfterHeader != null
                && WHOLE_SECONDS.matcher(retryAfterHeader.trim()).matches()
                ? Duration.ofSeconds(Long.parseLong(retryAfterHeader.trim()))
                : null;
        JsonNode root = readOrNull(bytes, objectMapper);
        if (root == null || !root.isObject()) {
            return new TwilioAnswer(httpStatus, null, null, null, retryAfter);
        }
        JsonNode code = root.get("code");
        return new TwilioAnswer(httpStatus, root,
                code != null && code.canConvertToLong() && code.isIntegralNumber()
                        ? code.asText() : null,
                text(root, "message"), retryAfter);
    }

    boolean succeeded() {
        return httpStatus >= 200 && httpStatus < 300;
    }

    String text(String field) {
        return body == null ? null : text(body, field);
    }

    /** Twilio's code for a failure, or the HTTP status when it gave none. */
    String platformCode() {
        return errorCode != null ? errorCode : String.valueOf(httpStatus);
    }

    /** Twilio's words for a failure, or the HTTP status when it gave none. */
    String describe() {
        return message != null ? message : "HTTP " + httpStatus;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static JsonNode readOrNull(byte[] bytes, ObjectMapper objectMapper) {
        try {
            return objectMapper.readTree(bytes);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
