package io.outeract.adapters.slack;

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
 * Slack's Web API on loopback (a MockWebServer under {@code /api}), and an adapter pointed at
 * it. The client's read timeout is short so that a late answer is a test of a quarter second.
 */
final class FakeSlack implements AutoCloseable {

    static final Duration READ_TIMEOUT = Duration.ofMillis(250);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();

    FakeSlack() {
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static Credentials botCredentials() {
        return new Credentials(Map.of(
                SlackCredentials.BOT_TOKEN, SlackFixtures.BOT_TOKEN,
                SlackCredentials.SIGNING_SECRET, SlackFixtures.SIGNING_SECRET));
    }

    /** An adapter that never talks to anything: for reading deliveries only. */
    static SlackAdapter offlineAdapter(Clock clock) {
        return new SlackAdapter(apiAt("http://127.0.0.1:1/api"), JSON, clock);
    }

    /** A Web API client whose Slack is a loopback port nothing listens on. */
    static SlackWebApi unreachableApi() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return apiAt("http://127.0.0.1:" + socket.getLocalPort() + "/api");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    SlackWebApi api() {
        return apiAt(server.url("/api").toString());
    }

    SlackAdapter adapter() {
        return new SlackAdapter(api(), JSON);
    }

    void answers(int status, String body) {
        server.enqueue(new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody(body));
    }

    /** Answers with a response fixture, under the status and headers its meta gives. */
    void answersWithFixture(String fixture) {
        JsonNode meta = SlackFixtures.meta(fixture);
        MockResponse response = new MockResponse()
                .setResponseCode(meta.path("http_status").asInt())
                .setBody(SlackFixtures.text(fixture));
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
                throw new AssertionError("Slack received no request");
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

    private static SlackWebApi apiAt(String baseUrl) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(READ_TIMEOUT)
                .build();
        return new SlackWebApi(client, JSON, baseUrl);
    }
}
