package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * What Telegram answered to one Bot API call: {@code {"ok":true,"result":…}} or
 * {@code {"ok":false,"error_code":…,"description":…,"parameters":{…}}}. A body that is not such
 * JSON (a proxy's HTML page, say) is kept as a failed answer carrying only its HTTP status.
 */
record TelegramAnswer(
        int httpStatus,
        boolean ok,
        JsonNode result,
        String errorCode,
        String description,
        Long retryAfterSeconds,
        String migrateToChatId) {

    static TelegramAnswer read(int httpStatus, byte[] body, ObjectMapper objectMapper) {
        JsonNode root = readOrNull(body, objectMapper);
        if (root == null || !root.isObject()) {
            return new TelegramAnswer(httpStatus, false, null, null, null, null, null);
        }
        JsonNode parameters = root.path("parameters");
        return new TelegramAnswer(
                httpStatus,
                root.path("ok").asBoolean(false),
                root.get("result"),
                JsonValues.id(root.get("error_code")),
                JsonValues.text(root.get("description")),
                JsonValues.wholeNumber(parameters.get("retry_after")),
                JsonValues.id(parameters.get("migrate_to_chat_id")));
    }

    /** Telegram's code for a failure: its error_code, or the HTTP status when it gave none. */
    String platformCode() {
        return errorCode != null ? errorCode : String.valueOf(httpStatus);
    }

    /** Telegram's own words for a failure, or the HTTP status when it gave none. */
    String describe() {
        return description != null ? description : "HTTP " + httpStatus;
    }

    private static JsonNode readOrNull(byte[] body, ObjectMapper objectMapper) {
        try {
            return objectMapper.readTree(body);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
