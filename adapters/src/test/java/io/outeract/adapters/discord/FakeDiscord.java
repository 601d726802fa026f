package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.contract.common.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Discord's REST API on loopback (a MockWebServer under {@code /api/v10}), and an adapter
 * pointed at it. The client's read timeout is short so that a late answer is a test of a
 * quarter second.
 */
final class FakeDiscord implements AutoCloseable {

    static final Duration READ_TIMEOUT = Duration.ofMillis(250);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();

    FakeDiscord() {
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static Credentials botCredentials() {
        return new Credentials(Map.of(
                DiscordCredentials.BOT_TOKEN, DiscordFixtures.BOT_TOKEN,
                DiscordCredentials.PUBLIC_KEY, DiscordFixtures.PUBLIC_KEY));
    }

    /** An adapter that never talks to anything: for reading deliveries only. */
    static DiscordAdapter offlineAdapter(Clock clock) {
        return new DiscordAdapter(apiAt("http://127.0.0.1:1/api/v10"), JSON, clock);
    }

    /** An adapter whose Discord is a loopback port nothing listens on. */
    static DiscordAdapter unreachableAdapter() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new DiscordAdapter(
                    apiAt("http://127.0.0.1:" + socket.getLocalPort() + "/api/v10"), JSON);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    DiscordAdapter adapter(Clock clock) {
        return new DiscordAdapter(apiAt(server.url("/api/v10").toString()), JSON, clock);
    }

    void answers(int status, String body) {
        server.enqueue(new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setBody(body));
    }

    /** Answers with a response fixture, under the status and headers its meta gives. */
    void answersWithFixture(String fixture) {
        JsonNode meta = DiscordFixtures.meta(fixture);
        MockResponse response = new MockResponse()
                .setResponseCode(meta.path("http_status").asInt())
                .setBody(DiscordFixtures.text(fixture));
        meta.path("headers").fields().forEachRemaining(
                header -> response.setHeader(header.getKey(), header.getValue().asText()));
        server.enqueue(response);
    }

    void answers(MockResponse response) {
        server.enqueue(response);
    }

    RecordedRequest request() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("Discord received no request");
            }
            return request;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private static DiscordRestApi apiAt(String baseUrl) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(READ_TIMEOUT)
                .build();
        return new DiscordRestApi(client, JSON, baseUrl);
    }
}
