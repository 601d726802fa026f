package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.MalformedWebhookException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Null-tolerant reads of the value shapes of Messenger Platform webhooks. */
final class MessagingJson {

    /** 9999-12-31T23:59:59.999Z. */
    private static final long LATEST_MILLIS = 253_402_300_799_999L;

    private MessagingJson() {
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isEmpty()
                ? node.textValue()
                : null;
    }

    /**
     * Ids are strings, but {@code app_id} and {@code sticker_id} are numbers; a number is read
     * whole, never through a double, which would corrupt the 17-digit Instagram ids.
     */
    static String id(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        return node.isTextual() && !node.textValue().isBlank() ? node.textValue() : null;
    }

    /**
     * A Meta time in epoch milliseconds. One outside the years 1970 to 9999 is no time Meta
     * sends: the webhook is refused as malformed.
     */
    static Instant epochMillis(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()
                || node.longValue() < 0 || node.longValue() > LATEST_MILLIS) {
            throw new MalformedWebhookException("The time " + node
                    + " is not a time between 1970 and 9999 in epoch milliseconds");
        }
        return Instant.ofEpochMilli(node.longValue());
    }

    /** An array field: empty when absent, refused when it is something else. */
    static List<JsonNode> array(JsonNode parent, String field, String where) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new MalformedWebhookException("The '" + field + "' of " + where
                    + " is not an array");
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /**
     * A short digest of a JSON value, for the dedupe key of an event that carries no id of its
     * own. Meta redelivers the same bytes, and Jackson keeps their field order, so a redelivery
     * digests the same.
     */
    static String digest(JsonNode node) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(node.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }
}
