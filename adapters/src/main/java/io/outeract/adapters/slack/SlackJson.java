package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.MalformedWebhookException;
import java.time.Instant;

/** Null-tolerant reads of the few JSON value shapes Slack's payloads use. */
final class SlackJson {

    /** 9999-12-31T23:59:59Z. */
    private static final long LATEST_SECONDS = 253_402_300_799L;

    private SlackJson() {
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    static Long wholeNumber(JsonNode node) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            return null;
        }
        return node.longValue();
    }

    /** An {@code event_time}: Unix seconds between 1970 and 9999, or the event is malformed. */
    static Instant epochSeconds(JsonNode node) {
        Long seconds = wholeNumber(node);
        if (seconds == null) {
            return null;
        }
        if (seconds < 0 || seconds > LATEST_SECONDS) {
            throw new MalformedWebhookException("The Slack event_time " + seconds
                    + " is not a time between 1970 and 9999 in Unix seconds");
        }
        return Instant.ofEpochSecond(seconds);
    }
}
