package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.contract.common.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Telegram Bot API on loopback (a MockWebServer), and an adapter pointed at it. The client's
 * read timeout is short so that a late answer is a test of a quarter second, not a minute.
 */
final class FakeTelegram implements AutoCloseable {

    static final String BOT_TOKEN = "7391056284:AAH-fake_token_for_outeract_tests_0123";
    static final Duration READ_TIMEOUT = Duration.ofMillis(250);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();

    FakeTelegram() {
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static Credentials botCredentials() {
        return new Credentials(Map.of(
                TelegramCredentials.BOT_TOKEN, BOT_TOKEN,
                TelegramCredentials.WEBHOOK_SECRET_TOKEN, TelegramFixtures.SECRET_TOKEN));
    }

    /** An adapter that never talks to anything: for reading webhooks only. */
    static TelegramAdapter offlineAdapter() {
        return adapterAt("http://127.0.0.1:1");
    }

    /** An adapter whose Telegram is a loopback port nothing listens on. */
    static TelegramAdapter unreachableAdapter() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return adapterAt("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    TelegramAdapter adapter() {
        return adapterAt(server.url("/").toString());
    }

    void answers(int status, String body) {
        server.enqueue(new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setBody(body));
    }

    void answersWithFixture(int status, String fixture) {
        answers(status, TelegramFixtures.text(fixture));
    }

    void answers(MockResponse response) {
        server.enqueue(response);
    }

    RecordedRequest request() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("Telegram received no request");
            }
            return request;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    JsonNode requestBody() {
        try {
            return JSON.readTree(request().getBody().readUtf8());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private static TelegramAdapter adapterAt(String baseUrl) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(READ_TIMEOUT)
                .build();
        return new TelegramAdapter(new TelegramBotApi(client, JSON, baseUrl), JSON);
    }
}
