package io.outeract.query.eventgraph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON that PostgreSQL's jsonb accepts. jsonb refuses the NUL character ({@code \u0000}),
 * which a platform may well send inside a text; the read model shows U+FFFD in its place, while
 * the event store keeps the text as it came.
 */
final class JsonbText {

    // An escaped NUL: an odd run of backslashes before u0000, so "\\u0000" (text) is left alone.
    private static final Pattern ESCAPED_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private JsonbText() {
    }

    static String of(String json) {
        if (!json.contains("u0000")) {
            return json;
        }
        Matcher nul = ESCAPED_NUL.matcher(json);
        return nul.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "\\ufffd"));
    }
}
