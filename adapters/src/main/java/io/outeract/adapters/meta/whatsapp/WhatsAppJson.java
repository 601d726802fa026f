package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Null-tolerant reads of the value shapes WhatsApp uses, where ids and times are strings. */
final class WhatsAppJson {

    /** 9999-12-31T23:59:59Z. */
    private static final long LATEST_DATE_SECONDS = 253_402_300_799L;

    private WhatsAppJson() {
    }

    /** A non-empty string value; WhatsApp leaves optional keys out rather than sending null. */
    static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isEmpty()
                ? node.textValue()
                : null;
    }

    /** A whole number sent as a number or as a string, as {@code file_size} is seen both ways. */
    static Long wholeNumber(JsonNode node) {
        if (node != null && node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        String digits = text(node);
        if (digits == null || !digits.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    /**
     * A WhatsApp timestamp: Unix seconds, as a string. One outside the years 1970 to 9999 is no
     * time WhatsApp sends, and PostgreSQL could not hold some of them: it counts as absent, like
     * one that is no number, and the item keeps the time it was received. Refusing the body
     * would hold up every other item of the delivery, other applications' among them.
     */
    static Instant epochSeconds(JsonNode node) {
        Long seconds = wholeNumber(node);
        if (seconds == null) {
            return null;
        }
        if (seconds > LATEST_DATE_SECONDS) {
            return null;
        }
        return Instant.ofEpochSecond(seconds);
    }
}
