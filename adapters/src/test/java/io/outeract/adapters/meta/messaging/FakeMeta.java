package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.meta.GraphApi;
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
 * Meta's Graph API and CDN on loopback (a MockWebServer), and adapters pointed at it. The
 * client's read timeout is short so that a late answer is a test of a quarter second.
 */
final class FakeMeta implements AutoCloseable {

    static final String PAGE_TOKEN = "EAAfake-page-token-for-outeract-tests";
    static final String INSTAGRAM_TOKEN = "IGAAfake-instagram-token-for-outeract-tests";
    static final Duration READ_TIMEOUT = Duration.ofMillis(250);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();

    FakeMeta() {
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static Credentials pageCredentials() {
        return new Credentials(Map.of(
                MessagingCredentials.PAGE_ACCESS_TOKEN, PAGE_TOKEN,
                MessagingCredentials.PAGE_ID, MessagingFixtures.PAGE_ID));
    }

    static Credentials instagramCredentials() {
        return new Credentials(Map.of(
                MessagingCredentials.INSTAGRAM_ACCESS_TOKEN, INSTAGRAM_TOKEN,
                MessagingCredentials.INSTAGRAM_ACCOUNT_ID, MessagingFixtures.INSTAGRAM_ACCOUNT_ID));
    }

    /** A Graph API on a loopback port where nothing is asked: for reading webhooks only. */
    static GraphApi offlineApi() {
        return apiAt("http://127.0.0.1:1");
    }

    /** A Graph API on a loopback port nothing listens on. */
    static GraphApi unreachableApi() {
        return apiAt(unreachableUrl("/"));
    }

    /** An address on a loopback port nothing listens on. */
    static String unreachableUrl(String path) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    GraphApi api() {
        return apiAt(server.url("/").toString());
    }

    MessengerAdapter messenger() {
        return new MessengerAdapter(api());
    }

    InstagramAdapter instagram() {
        return new InstagramAdapter(api());
    }

    /** An address on the fake, as a CDN URL in a webhook would be. */
    String url(String path) {
        return server.url(path).toString();
    }

    void answers(int status, String body) {
        server.enqueue(new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json; charset=UTF-8")
                .setBody(body));
    }

    void answers(MockResponse response) {
        server.enqueue(response);
    }

    RecordedRequest request() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("Meta received no request");
            }
            return request;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    static JsonNode bodyOf(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().readUtf8());
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

    private static GraphApi apiAt(String baseUrl) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(READ_TIMEOUT)
                .build();
        return new GraphApi(client, JSON, baseUrl, GraphApi.DEFAULT_VERSION);
    }
}
