package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the Telegram Bot API on 127.0.0.1 (an ephemeral port): getMe, setWebhook,
 * deleteWebhook and sendMessage answered as Telegram answers them, for any bot-shaped token.
 * It counts the sendMessage calls whose text starts with {@link #SEND_PREFIX}.
 */
final class FakeTelegram implements AutoCloseable {

    static final String SEND_PREFIX = "bench-send-";
    private static final Pattern TOKEN_PATH = Pattern.compile("^/bot(\\d+):[A-Za-z0-9_-]+/(\\w+)$");

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16, runnable -> {
        Thread thread = new Thread(runnable, "fake-telegram");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong messageIds = new AtomicLong(1000);
    final AtomicLong benchSends = new AtomicLong();
    final AtomicLong otherCalls = new AtomicLong();
    final AtomicLong firstBenchSendNanos = new AtomicLong();
    final AtomicLong lastBenchSendNanos = new AtomicLong();

    FakeTelegram() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Matcher match = TOKEN_PATH.matcher(exchange.getRequestURI().getPath());
            if (!match.matches()) {
                answer(exchange, 404,
                        "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            long botId = Long.parseLong(match.group(1));
            String method = match.group(2).toLowerCase();
            switch (method) {
                case "getme" -> {
                    otherCalls.incrementAndGet();
                    answer(exchange, 200, "{\"ok\":true,\"result\":{\"id\":" + botId
                            + ",\"is_bot\":true,\"first_name\":\"Bench bot\",\"username\":\"bench_"
                            + botId + "_bot\"}}");
                }
                case "setwebhook", "deletewebhook" -> {
                    otherCalls.incrementAndGet();
                    answer(exchange, 200,
                            "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");
                }
                case "sendmessage" -> sendMessage(exchange, botId, body);
                default -> answer(exchange, 404, "{\"ok\":false,\"error_code\":404,"
                        + "\"description\":\"Not Found: method not found\"}");
            }
        }
    }

    private void sendMessage(HttpExchange exchange, long botId, byte[] body) throws IOException {
        JsonNode parameters = body.length == 0 ? Http.JSON.createObjectNode()
                : Http.JSON.readTree(body);
        String text = parameters.path("text").asText("");
        String chat = parameters.path("chat_id").toString();
        long messageId = messageIds.incrementAndGet();
        String answer = "{\"ok\":true,\"result\":{\"message_id\":" + messageId + ",\"date\":"
                + (System.currentTimeMillis() / 1000) + ",\"chat\":{\"id\":" + chat
                + ",\"type\":\"private\"},\"from\":{\"id\":" + botId
                + ",\"is_bot\":true,\"first_name\":\"Bench bot\"},\"text\":"
                + Http.JSON.writeValueAsString(text) + "}}";
        answer(exchange, 200, answer);
        if (text.startsWith(SEND_PREFIX)) {
            long now = System.nanoTime();
            firstBenchSendNanos.compareAndSet(0, now);
            lastBenchSendNanos.accumulateAndGet(now, Math::max);
            benchSends.incrementAndGet();
        } else {
            otherCalls.incrementAndGet();
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
