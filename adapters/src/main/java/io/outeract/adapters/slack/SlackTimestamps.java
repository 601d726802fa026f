package io.outeract.adapters.slack;

import io.outeract.adapters.MalformedWebhookException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's message timestamps ({@code ts}): Unix seconds and microseconds as a string such as
 * {@code "1762956627.009917"}. The string is the message's identity within its channel and is
 * kept as it is; only its time is read from it, never through a float.
 */
final class SlackTimestamps {

    /** 9999-12-31T23:59:59Z: a later time is no time Slack sends. */
    private static final long LATEST_SECONDS = 253_402_300_799L;
    private static final Pattern TS = Pattern.compile("(\\d{1,12})\\.(\\d{6})");

    private SlackTimestamps() {
    }

    static boolean isTs(String value) {
        return value != null && TS.matcher(value).matches();
    }

    static Instant instantOf(String ts) {
        if (ts == null) {
            return null;
        }
        Matcher parts = TS.matcher(ts);
        if (!parts.matches()) {
            throw new MalformedWebhookException("'" + ts + "' is not a Slack timestamp");
        }
        long seconds = Long.parseLong(parts.group(1));
        if (seconds > LATEST_SECONDS) {
            throw new MalformedWebhookException("The Slack timestamp " + ts + " is past 9999");
        }
        return Instant.ofEpochSecond(seconds, Long.parseLong(parts.group(2)) * 1_000);
    }
}
