package io.outeract.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The Telegram Bot API as MockWebServer plays it, answering with Telegram's own shapes. Which
 * answer a sendMessage gets depends on its chat id, so tests in parallel do not interfere:
 * chats ending in 429 are rate limited once, chats ending in 403 have blocked the bot.
 */
public final class FakeTelegram {

    public static final String RATE_LIMITED_ONCE = "429";
    public static final String BLOCKED = "403";

    private static final Pattern METHOD = Pattern.compile("^/bot(\\d+):[^/]+/(\\w+)$");
    private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?[\\w@]+)");

    private final MockWebServer server = new MockWebServer();
    private final Map<String, AtomicInteger> sendsPerChat = new ConcurrentHashMap<>();
    private final List<String> webhookRegistrations = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger(5000);

    public FakeTelegram() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public int sendsTo(String chatId) {
        return sendsPerChat.getOrDefault(chatId, new AtomicInteger()).get();
    }

    public List<String> webhookRegistrations() {
        return webhookRegistrations;
    }

    private MockResponse answer(RecordedRequest request) {
        Matcher method = METHOD.matcher(request.getPath() == null ? "" : request.getPath());
        if (!method.matches()) {
            return json(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        }
        String body = request.getBody().readString(StandardCharsets.UTF_8);
        return switch (method.group(2)) {
            case "getMe" -> json(200, fixture("get-me-response.json")
                    .replace("7391056284", method.group(1)));
            case "setWebhook" -> {
                webhookRegistrations.add(body);
                yield json(200, fixture("set-webhook-success-response.json"));
            }
            case "deleteWebhook" -> json(200,
                    "{\"ok\":true,\"result\":true,\"description\":\"Webhook was deleted\"}");
            case "sendMessage" -> send(body);
            default -> json(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        };
    }

    private MockResponse send(String body) {
        Matcher chat = CHAT_ID.matcher(body);
        String chatId = chat.find() ? chat.group(1) : "";
        int attempt = sendsPerChat.computeIfAbsent(chatId, key -> new AtomicInteger())
                .incrementAndGet();
        if (chatId.endsWith(BLOCKED)) {
            return json(403, fixture("send-error-bot-blocked.json"));
        }
        if (chatId.endsWith(RATE_LIMITED_ONCE) && attempt == 1) {
            return json(429, "{\"ok\":false,\"error_code\":429,"
                    + "\"description\":\"Too Many Requests: retry after 1\","
                    + "\"parameters\":{\"retry_after\":1}}");
        }
        return json(200, "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet()
                + ",\"from\":{\"id\":7391056284,\"is_bot\":true,\"first_name\":\"Bot\"},"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"date\":1773510000,"
                + "\"text\":\"ok\"}}");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json").setBody(body);
    }

    public static String fixture(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/telegram", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] fixtureBytes(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/telegram", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
