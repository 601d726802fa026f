package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Null-tolerant reads of the few JSON value shapes the Bot API uses. */
final class JsonValues {

    private JsonValues() {
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** Ids pass 2^31 (and file sizes may), so whole numbers are always read as long. */
    static Long wholeNumber(JsonNode node) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            return null;
        }
        return node.longValue();
    }

    static String id(JsonNode node) {
        Long value = wholeNumber(node);
        return value == null ? null : value.toString();
    }

    static Instant epochSeconds(JsonNode node) {
        Long seconds = wholeNumber(node);
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    static JsonNode field(JsonNode node, String name) {
        return node == null ? null : node.get(name);
    }
}
