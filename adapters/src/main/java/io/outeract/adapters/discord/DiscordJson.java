package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.MalformedWebhookException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Null-tolerant reads of Discord's JSON, and its snowflakes: 64-bit ids sent as strings, whose
 * top 42 bits are milliseconds since Discord's epoch, 2015-01-01.
 */
final class DiscordJson {

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

    private DiscordJson() {
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    static boolean isSnowflake(String id) {
        if (id == null || !SNOWFLAKE.matcher(id).matches()) {
            return false;
        }
        try {
            Long.parseUnsignedLong(id);
            return true;
        } catch (NumberFormatException beyondSixtyFourBits) {
            return false;
        }
    }

    /** A snowflake field, or the delivery is malformed. */
    static String snowflake(JsonNode node, String what) {
        String id = text(node);
        if (!isSnowflake(id)) {
            throw new MalformedWebhookException("Discord's " + what + " is not a snowflake");
        }
        return id;
    }

    /** When a snowflake was made. */
    static Instant timeOf(String snowflake) {
        long millis = (Long.parseUnsignedLong(snowflake) >>> 22) + DISCORD_EPOCH_MILLIS;
        return Instant.ofEpochMilli(millis);
    }
}
