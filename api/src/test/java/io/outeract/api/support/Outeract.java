package io.outeract.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The running server as a client sees it over real HTTP: login, both APIs, webhooks. */
public final class Outeract {

    public static final String ADMIN_EMAIL = "admin@outeract.test";
    public static final String ADMIN_PASSWORD = "a-long-test-password";
    public static final String ALL_SCOPES =
            "[\"events:read\", \"messages:send\", \"users:read\", \"users:write\", "
                    + "\"connections:read\", \"files:read\"]";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private String adminToken;

    public Outeract(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String adminToken() {
        if (adminToken == null) {
            adminToken = login(ADMIN_EMAIL, ADMIN_PASSWORD).body().path("token").asText();
        }
        return adminToken;
    }

    public Response login(String email, String password) {
        return post("/admin/login", Map.of(), json(Map.of("email", email, "password", password)));
    }

    public JsonNode admin(String query) {
        return admin(query, adminToken());
    }

    public JsonNode admin(String query, String token) {
        return post("/admin", Map.of("Authorization", "Bearer " + token),
                json(Map.of("query", query))).body();
    }

    public JsonNode developer(String apiKey, String query) {
        return developer("/v1", apiKey, query);
    }

    public JsonNode developer(String path, String apiKey, String query) {
        return post(path, Map.of("Authorization", "Bearer " + apiKey),
                json(Map.of("query", query))).body();
    }

    public Response webhook(String url, String secretToken, byte[] body) {
        Map<String, String> headers = secretToken == null ? Map.of()
                : Map.of("X-Telegram-Bot-Api-Secret-Token", secretToken);
        return send(HttpRequest.newBuilder(URI.create(url)), headers, body);
    }

    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(request::header);
        return exchange(request.build());
    }

    public Response post(String path, Map<String, String> headers, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)), headers, body);
    }

    /** A new organisation and application with a Telegram bot and an API key of every scope. */
    public Tenant newTenant() {
        String organisationId = data(admin("mutation { createOrganisation(name: \"Bakery\") "
                + "{ id } }")).path("createOrganisation").path("id").asText();
        String applicationId = data(admin("mutation { createApplication(organisationId: \""
                + organisationId + "\", name: \"Shop\") { id } }"))
                .path("createApplication").path("id").asText();
        String botId = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L,
                9_000_000_000L));
        JsonNode connected = data(admin("mutation { connectTelegramBot(applicationId: \""
                + applicationId + "\", botToken: \"" + botId
                + ":AAHtestTokenTestTokenTestTokenTest12\") { connection { id } webhookUrl "
                + "webhookSecretToken } }")).path("connectTelegramBot");
        String apiKey = data(admin("mutation { issueApiKey(applicationId: \"" + applicationId
                + "\", name: \"backend\", scopes: " + ALL_SCOPES + ") { key } }"))
                .path("issueApiKey").path("key").asText();
        awaitWorkingKey(apiKey);
        return new Tenant(organisationId, applicationId,
                connected.path("connection").path("id").asText(), botId,
                connected.path("webhookUrl").asText(),
                connected.path("webhookSecretToken").asText(), apiKey);
    }

    /** A key works once its issue has reached the read model, milliseconds later. */
    private void awaitWorkingKey(String apiKey) {
        eventually(() -> post("/v1", Map.of("Authorization", "Bearer " + apiKey),
                json(Map.of("query", "{ platformConnections { id } }"))).status(),
                status -> status == 200);
    }

    /** The data of a GraphQL answer, failing the test with the errors if there are any. */
    public static JsonNode data(JsonNode answer) {
        if (answer.has("errors")) {
            throw new AssertionError("GraphQL errors: " + answer.get("errors"));
        }
        return answer.path("data");
    }

    public static <T> T eventually(Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not as expected after 15 s: " + value);
            }
            pause();
            value = probe.get();
        }
        return value;
    }

    public static String document(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/graphql", name)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(HttpRequest.Builder request, Map<String, String> headers, byte[] body) {
        request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        // setHeader, so that a test's own Content-Type replaces the default, not joins it.
        headers.forEach(request::setHeader);
        return exchange(request.build());
    }

    private Response exchange(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An HTTP answer: its status, its body (read as JSON when it is JSON) and its headers. */
    public record Response(int status, byte[] raw, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        public JsonNode body() {
            try {
                return JSON.readTree(raw);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + new String(raw), e);
            }
        }
    }
}
