package io.outeract.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * Meta's Graph API as MockWebServer plays it, in Meta's own shapes: health checks of numbers,
 * Pages and Instagram accounts, app subscriptions, sends, and the two steps of a media
 * download. A send's answer depends on its recipient, so tests in parallel do not interfere:
 * recipients ending in 131047 are outside the 24-hour window, in 130429 are throttled once.
 */
public final class FakeMeta {

    public static final String OUTSIDE_WINDOW = "131047";
    public static final String THROTTLED_ONCE = "130429";

    private static final Pattern GRAPH =
            Pattern.compile("^/v[0-9.]+/([^/?]+)(/[a-z_]+)?(\\?.*)?$");
    private static final Pattern RECIPIENT =
            Pattern.compile("\"(?:to|id)\"\\s*:\\s*\"([^\"]+)\"");

    private final MockWebServer server = new MockWebServer();
    private final Map<String, byte[]> media = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> sendsPerRecipient = new ConcurrentHashMap<>();
    private final List<String> sends = new CopyOnWriteArrayList<>();
    private final List<String> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);

    public FakeMeta() {
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

    /** Serves bytes as the media with this id, with Meta's hex SHA-256 of them. */
    public void holdMedia(String mediaId, byte[] bytes) {
        media.put(mediaId, bytes);
    }

    /** From now on, Meta answers calls about this account as if its token had been revoked. */
    public void revokeTokenOf(String accountId) {
        revoked.add(accountId);
    }

    public List<String> sends() {
        return sends;
    }

    public List<String> subscriptions() {
        return subscriptions;
    }

    /** How many sends this recipient was sent, failed ones too. */
    public int sendsTo(String recipient) {
        return sendsPerRecipient.getOrDefault(recipient, new AtomicInteger()).get();
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        if (path.startsWith("/media/")) {
            return download(request, path.substring("/media/".length()));
        }
        Matcher graph = GRAPH.matcher(path);
        if (!graph.matches()) {
            return error(404, 100, "Unknown path");
        }
        String id = graph.group(1);
        String edge = graph.group(2);
        String body = request.getBody().readString(StandardCharsets.UTF_8);
        if (revoked.contains(id)) {
            return error(401, 190, "Error validating access token: The session has been "
                    + "invalidated because the user changed their password");
        }
        if (edge == null && "GET".equals(request.getMethod())) {
            return media.containsKey(id) ? mediaUrl(id) : account(id);
        }
        return switch (edge == null ? "" : edge) {
            case "/subscribed_apps" -> {
                subscriptions.add(id);
                yield json(200, "{\"success\":true}");
            }
            case "/messages" -> send(body);
            case "/media" -> json(200, "{\"id\":\"upload-" + messageIds.incrementAndGet() + "\"}");
            default -> error(404, 100, "Unknown edge " + edge);
        };
    }

    private MockResponse send(String body) {
        sends.add(body);
        Matcher recipient = RECIPIENT.matcher(body);
        String to = recipient.find() ? recipient.group(1) : "";
        int attempt = sendsPerRecipient.computeIfAbsent(to, key -> new AtomicInteger())
                .incrementAndGet();
        if (to.endsWith(OUTSIDE_WINDOW)) {
            return json(400, fixture("whatsapp/send-error-reengagement-window.json"));
        }
        if (to.endsWith(THROTTLED_ONCE) && attempt == 1) {
            return json(400, fixture("whatsapp/send-error-rate-limited.json"));
        }
        int id = messageIds.incrementAndGet();
        if (body.contains("\"messaging_product\"")) {
            return json(200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\""
                    + to + "\",\"wa_id\":\"" + to + "\"}],\"messages\":[{\"id\":\"wamid.fake"
                    + id + "\",\"message_status\":\"accepted\"}]}");
        }
        return json(200, "{\"recipient_id\":\"" + to + "\",\"message_id\":\"m_fake" + id + "\"}");
    }

    /** Any id is an account in good health: a number, a Page or an Instagram account. */
    private static MockResponse account(String id) {
        return json(200, "{\"id\":\"" + id + "\",\"name\":\"Harbor Lane " + id + "\","
                + "\"username\":\"harborlane" + id + "\",\"user_id\":\"" + id + "\","
                + "\"verified_name\":\"Harbor Lane Bakery\",\"code_verification_status\":"
                + "\"VERIFIED\",\"display_phone_number\":\"+1 415-555-0100\","
                + "\"quality_rating\":\"GREEN\"}");
    }

    private MockResponse mediaUrl(String id) {
        byte[] bytes = media.get(id);
        return json(200, "{\"url\":\"" + baseUrl() + "/media/" + id + "\",\"mime_type\":"
                + "\"image/jpeg\",\"sha256\":\"" + sha256Hex(bytes) + "\",\"file_size\":"
                + bytes.length + ",\"id\":\"" + id + "\",\"messaging_product\":\"whatsapp\"}");
    }

    private MockResponse download(RecordedRequest request, String id) {
        String authorization = request.getHeader("Authorization");
        byte[] bytes = media.get(id);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return error(401, 190, "An access token is required");
        }
        if (bytes == null) {
            return error(404, 100, "Unknown media");
        }
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "image/jpeg")
                .setBody(new Buffer().write(bytes));
    }

    private static MockResponse error(int status, int code, String message) {
        return json(status, "{\"error\":{\"message\":\"" + message + "\",\"type\":"
                + "\"OAuthException\",\"code\":" + code + ",\"fbtrace_id\":\"AfakeTrace\"}}");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json").setBody(body);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String fixture(String name) {
        return new String(fixtureBytes(name), StandardCharsets.UTF_8);
    }

    public static byte[] fixtureBytes(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/meta", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
