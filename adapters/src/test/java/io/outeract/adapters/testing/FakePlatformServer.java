package io.outeract.adapters.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A platform's HTTP API on loopback (a MockWebServer) that answers from a queue and records what
 * it was asked. Each platform's fake extends it with its credentials and adapters, so that a
 * test reads {@code telegram.answers(...)} and {@code telegram.request()} on one object.
 */
public class FakePlatformServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final String platform;
    private final String contentType;

    /**
     * @param platform who is asked, as a missing request's failure names it
     * @param contentType the content type this platform puts on its JSON answers
     */
    protected FakePlatformServer(String platform, String contentType) {
        this.platform = platform;
        this.contentType = contentType;
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Where this fake serves {@code path}. */
    public String url(String path) {
        return server.url(path).toString();
    }

    public void answers(int status, String body) {
        server.enqueue(new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", contentType)
                .setBody(body));
    }

    /** Answers with {@code body} under the status and headers a fixture's meta gives. */
    public void answersAsMetaSays(JsonNode meta, String body) {
        MockResponse response = new MockResponse()
                .setResponseCode(meta.path("http_status").asInt())
                .setBody(body);
        meta.path("headers").fields().forEachRemaining(
                header -> response.setHeader(header.getKey(), header.getValue().asText()));
        server.enqueue(response);
    }

    public void answers(MockResponse response) {
        server.enqueue(response);
    }

    /** The next request the platform received; a test fails rather than hangs without one. */
    public RecordedRequest request() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError(platform + " received no request");
            }
            return request;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    public JsonNode requestBody() {
        return jsonOf(request());
    }

    public static JsonNode jsonOf(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().readUtf8());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
