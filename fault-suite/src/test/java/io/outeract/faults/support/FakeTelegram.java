package io.outeract.faults.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * The Telegram Bot API on loopback, answering in Telegram's shapes. getMe, setWebhook and
 * deleteWebhook always succeed. sendMessage answers each chat from a script the test gives it
 * ({@link #script}), one answer per request, and succeeds once the script is used up; it counts
 * every request and every delivery per chat, so a test can tell "sent twice" from "tried twice".
 */
public final class FakeTelegram implements AutoCloseable {

    private static final Pattern METHOD = Pattern.compile("^/bot(\\d+):[^/]+/(\\w+)$");
    private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?[\\w@]+)");

    /** One answer to one sendMessage request. */
    public sealed interface Answer {

        /** The message is sent: 200 with a message id. */
        record Success() implements Answer {
        }

        /** A 5xx with Telegram's error shape. */
        record ServerError(int status) implements Answer {
        }

        /** 429 with {@code parameters.retry_after}. */
        record RateLimited(int retryAfterSeconds) implements Answer {
        }

        /** The request is read, and the answer comes only after {@code delay}. */
        record Slow(Duration delay) implements Answer {
        }

        /** The request is read, then the connection is dropped without an answer. */
        record ResetAfterRequest() implements Answer {
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<Instant>> requestsPerChat = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deliveriesPerChat = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);

    public FakeTelegram() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** The answers the next sendMessage requests to {@code chatId} get, in order. */
    public void script(String chatId, Answer... answers) {
        scripts.put(chatId, new ArrayDeque<>(List.of(answers)));
    }

    /** Every sendMessage request to the chat, answered or not. */
    public int requestsTo(String chatId) {
        return requestTimes(chatId).size();
    }

    /** When each sendMessage request to the chat arrived. */
    public List<Instant> requestTimes(String chatId) {
        return List.copyOf(requestsPerChat.getOrDefault(chatId, List.of()));
    }

    /**
     * The sendMessage requests to the chat that Telegram may have delivered: all but those it
     * refused (5xx, 429). A late answer or a dropped connection does not undo a delivery.
     */
    public int deliveriesTo(String chatId) {
        return deliveriesPerChat.getOrDefault(chatId, new AtomicInteger()).get();
    }

    /** Every sendMessage request of the whole run. */
    public int allSendRequests() {
        return requestsPerChat.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MockResponse answer(RecordedRequest request) {
        Matcher method = METHOD.matcher(request.getPath() == null ? "" : request.getPath());
        if (!method.matches()) {
            return json(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        }
        String botId = method.group(1);
        return switch (method.group(2)) {
            case "getMe" -> json(200, "{\"ok\":true,\"result\":{\"id\":" + botId
                    + ",\"is_bot\":true,\"first_name\":\"Fault Bot\",\"username\":\"fault_"
                    + botId + "_bot\",\"can_join_groups\":true}}");
            case "setWebhook" -> json(200,
                    "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");
            case "deleteWebhook" -> json(200,
                    "{\"ok\":true,\"result\":true,\"description\":\"Webhook was deleted\"}");
            case "sendMessage" -> send(botId, request.getBody().readString(
                    StandardCharsets.UTF_8));
            default -> json(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        };
    }

    private MockResponse send(String botId, String body) {
        Matcher chat = CHAT_ID.matcher(body);
        String chatId = chat.find() ? chat.group(1) : "";
        requestsPerChat.computeIfAbsent(chatId, key -> new CopyOnWriteArrayList<>())
                .add(Instant.now());
        Deque<Answer> script = scripts.get(chatId);
        Answer answer = script == null ? null : script.poll();
        if (answer == null || answer instanceof Answer.Success) {
            return sent(botId, chatId);
        }
        if (answer instanceof Answer.ServerError error) {
            return json(error.status(), "{\"ok\":false,\"error_code\":" + error.status()
                    + ",\"description\":\"Internal Server Error\"}");
        }
        if (answer instanceof Answer.RateLimited limited) {
            return json(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many "
                    + "Requests: retry after " + limited.retryAfterSeconds() + "\","
                    + "\"parameters\":{\"retry_after\":" + limited.retryAfterSeconds() + "}}");
        }
        // Delivered, as far as the recipient can tell; only the answer is late or lost.
        delivered(chatId);
        if (answer instanceof Answer.Slow slow) {
            return sentBody(botId, chatId)
                    .setHeadersDelay(slow.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }

    private MockResponse sent(String botId, String chatId) {
        delivered(chatId);
        return sentBody(botId, chatId);
    }

    private void delivered(String chatId) {
        deliveriesPerChat.computeIfAbsent(chatId, key -> new AtomicInteger()).incrementAndGet();
    }

    private MockResponse sentBody(String botId, String chatId) {
        return json(200, "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet()
                + ",\"from\":{\"id\":" + botId + ",\"is_bot\":true,\"first_name\":\"Fault Bot\"},"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"date\":1773510000,"
                + "\"text\":\"ok\"}}");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json").setBody(body);
    }
}
