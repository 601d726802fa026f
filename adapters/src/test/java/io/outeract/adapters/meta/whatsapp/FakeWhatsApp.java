package io.outeract.adapters.meta.whatsapp;

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
 * Meta's Graph API on loopback (a MockWebServer), and a WhatsApp adapter pointed at it. The
 * client's read timeout is short so that a late answer is a test of a quarter second.
 */
final class FakeWhatsApp implements AutoCloseable {

    static final String ACCESS_TOKEN = "EAAG-fake-whatsapp-token-for-outeract-tests-0123";
    static final String VERSION = "v25.0";
    static final long MAX_MEDIA_BYTES = 64 * 1024;
    static final Duration READ_TIMEOUT = Duration.ofMillis(250);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();

    FakeWhatsApp() {
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static Credentials numberCredentials() {
        return new Credentials(Map.of(
                WhatsAppCredentials.ACCESS_TOKEN, ACCESS_TOKEN,
                WhatsAppCredentials.PHONE_NUMBER_ID, WhatsAppFixtures.PHONE_NUMBER_ID,
                WhatsAppCredentials.WABA_ID, WhatsAppFixtures.WABA_ID));
    }

    /** An adapter that never talks to anything: for reading webhooks only. */
    static WhatsAppAdapter offlineAdapter() {
        return adapterAt("http://127.0.0.1:1");
    }

    /** An adapter whose Graph API is a loopback port nothing listens on. */
    static WhatsAppAdapter unreachableAdapter() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return adapterAt("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    WhatsAppAdapter adapter() {
        return adapterAt(server.url("/").toString());
    }

    /** Where this fake serves {@code path}, as the media URL of a media look-up. */
    String urlOf(String path) {
        return server.url(path).toString();
    }

    void answers(int status, String body) {
        server.enqueue(new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json; charset=UTF-8")
                .setBody(body));
    }

    void answersWithFixture(int status, String fixture) {
        answers(status, WhatsAppFixtures.text(fixture));
    }

    void answers(MockResponse response) {
        server.enqueue(response);
    }

    RecordedRequest request() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("The Graph API received no request");
            }
            return request;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    static JsonNode jsonOf(RecordedRequest request) {
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

    private static WhatsAppAdapter adapterAt(String baseUrl) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(READ_TIMEOUT)
                .build();
        return new WhatsAppAdapter(new GraphApi(client, JSON, baseUrl, VERSION),
                MAX_MEDIA_BYTES);
    }
}
