package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.MalformedWebhookException;
import java.time.Instant;

/** Null-tolerant reads of the few JSON value shapes the Bot API uses. */
final class JsonValues {

    /** 9999-12-31T23:59:59Z. */
    private static final long LATEST_DATE_SECONDS = 253_402_300_799L;

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

    /**
     * A Telegram date (Unix seconds). One outside the years 1970 to 9999 is no date Telegram
     * sends, and PostgreSQL could not hold some of them: the update is refused as malformed.
     */
    static Instant epochSeconds(JsonNode node) {
        Long seconds = wholeNumber(node);
        if (seconds == null) {
            return null;
        }
        if (seconds < 0 || seconds > LATEST_DATE_SECONDS) {
            throw new MalformedWebhookException("The update's date " + seconds
                    + " is not a time between 1970 and 9999 in Unix seconds");
        }
        return Instant.ofEpochSecond(seconds);
    }

    static JsonNode field(JsonNode node, String name) {
        return node == null ? null : node.get(name);
    }
}
