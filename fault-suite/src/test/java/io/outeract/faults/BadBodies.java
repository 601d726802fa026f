package io.outeract.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.faults.support.Outeract;
import io.outeract.faults.support.TelegramUpdates;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The bodies of the bad-input cases: as the table writes them, or generated from a size. */
final class BadBodies {

    private static final byte[] NOTHING = new byte[0];

    private BadBodies() {
    }

    static byte[] of(JsonNode badInput, byte[] replay, UnaryOperator<String> placeholders) {
        if (badInput.has("body")) {
            return utf8(placeholders.apply(badInput.path("body").asText()));
        }
        if (badInput.has("json")) {
            return utf8(badInput.get("json").toString());
        }
        if (badInput.has("query")) {
            return Outeract.graphQl(placeholders.apply(badInput.path("query").asText()), null);
        }
        int size = badInput.path("size").asInt();
        return switch (badInput.path("generate").asText()) {
            case "valid-update" -> TelegramUpdates.text(5001, 4242, "hello");
            case "replay-of-other" -> replay;
            case "huge-json", "huge-json-chunked" ->
                    TelegramUpdates.text(5002, 4242, "x".repeat(size));
            case "deep-json" -> utf8("{\"update_id\":5003,\"message\":{\"message_id\":1,"
                    + "\"chat\":{\"id\":42,\"type\":\"private\"},\"date\":1767225600,"
                    + "\"entities\":" + "[".repeat(size) + "]".repeat(size) + "}}");
            case "deep-json-raw" -> utf8("{\"update_id\":5004,\"callback_query\":{\"data\":"
                    + "[".repeat(size) + "]".repeat(size) + "}}");
            case "invalid-utf8" -> withBytes(TelegramUpdates.textJson(5005, 4242, "@"),
                    new byte[] {(byte) 0xff, (byte) 0xfe});
            case "overlong-utf8" -> withBytes(TelegramUpdates.textJson(5006, 4242, "@"),
                    new byte[] {(byte) 0xc0, (byte) 0xaf});
            case "invalid-utf8-query" -> withBytes(
                    "{\"query\":\"{ platformConnections { id @ } }\"}",
                    new byte[] {(byte) 0xff});
            case "huge-query" -> Outeract.graphQl(
                    "{ platformConnections { id } }" + " ".repeat(size), null);
            case "deep-query" -> Outeract.graphQl(deepQuery(size), null);
            case "wide-query" -> Outeract.graphQl("{ platformConnections { "
                    + "id ".repeat(size) + "} }", null);
            case "aliases" -> Outeract.graphQl(badInput.path("operation").asText("query")
                    + " { " + IntStream.range(0, size).mapToObj(index -> "a" + index + ": "
                            + placeholders.apply(badInput.path("field").asText()))
                    .collect(Collectors.joining(" ")) + " }", null);
            case "huge-password" -> Outeract.json(Map.of("email", "operator@outeract.test",
                    "password", "p".repeat(size)));
            case "" -> NOTHING;
            default -> throw new IllegalArgumentException(
                    "Unknown generator " + badInput.path("generate").asText());
        };
    }

    /**
     * {@code user { platformUsers { user { platformUsers ... { id } } } } }}, {@code levels}
     * fields deep: the Developer API's one cycle.
     */
    private static String deepQuery(int levels) {
        StringBuilder query = new StringBuilder("{ user(id: \"00000000-0000-0000-0000-"
                + "000000000001\") { ");
        for (int level = 2; level < levels; level++) {
            query.append(level % 2 == 0 ? "platformUsers { " : "user { ");
        }
        query.append("id");
        query.append(" }".repeat(levels - 1));
        return query.append(" }").toString();
    }

    /** The JSON text with {@code bytes} put where it has an {@code @}. */
    private static byte[] withBytes(String json, byte[] bytes) {
        int at = json.indexOf('@');
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(utf8(json.substring(0, at)));
        body.writeBytes(bytes);
        body.writeBytes(utf8(json.substring(at + 1)));
        return body.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
