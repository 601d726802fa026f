package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import okhttp3.Response;

/**
 * What Discord answered: a resource on success, {@code {"code":50001,"message":"…"}} on a
 * refusal, {@code {"message":…,"retry_after":0.842,"global":false}} when rate limited, and on
 * any answer the rate-limit headers of the route's bucket. A body that is not such JSON (a
 * proxy's HTML page) is kept as an answer carrying only its status and headers.
 */
record DiscordAnswer(
        int httpStatus,
        JsonNode body,
        String code,
        String message,
        Duration retryAfter,
        boolean global,
        String remaining,
        Duration resetAfter) {

    private static final Pattern SECONDS = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?");

    static DiscordAnswer read(Response response, ObjectMapper objectMapper) throws IOException {
        JsonNode root = readOrNull(response.body().bytes(), objectMapper);
        JsonNode body = root != null && root.isObject() ? root : null;
        Duration retryAfter = body != null && body.path("retry_after").isNumber()
                ? seconds(body.get("retry_after").asText())
                : seconds(response.header("Retry-After"));
        boolean global = body != null && body.path("global").asBoolean(false)
                || "true".equalsIgnoreCase(response.header("X-RateLimit-Global"));
        JsonNode code = body == null ? null : body.get("code");
        return new DiscordAnswer(
                response.code(),
                body,
                code != null && code.isIntegralNumber() ? code.asText() : null,
                body == null ? null : DiscordJson.text(body.get("message")),
                retryAfter,
                global,
                response.header("X-RateLimit-Remaining"),
                seconds(response.header("X-RateLimit-Reset-After")));
    }

    boolean succeeded() {
        return httpStatus >= 200 && httpStatus < 300;
    }

    /** Whether the route's bucket has no request left until {@link #resetAfter}. */
    boolean bucketExhausted() {
        return "0".equals(remaining) && resetAfter != null;
    }

    String text(String field) {
        return body == null ? null : DiscordJson.text(body.get(field));
    }

    /** Discord's code for a failure, or the HTTP status when it gave none. */
    String platformCode() {
        return code != null ? code : String.valueOf(httpStatus);
    }

    /** Discord's words for a failure, or the HTTP status when it gave none. */
    String describe() {
        return message != null ? message : "HTTP " + httpStatus;
    }

    /** Discord's seconds come with decimals ({@code 0.842}); a wait is rounded up to a ms. */
    private static Duration seconds(String value) {
        if (value == null || !SECONDS.matcher(value.trim()).matches()) {
            return null;
        }
        double seconds = Double.parseDouble(value.trim());
        return Duration.ofMillis((long) Math.ceil(seconds * 1000));
    }

    private static JsonNode readOrNull(byte[] bytes, ObjectMapper objectMapper) {
        try {
            return objectMapper.readTree(bytes);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
