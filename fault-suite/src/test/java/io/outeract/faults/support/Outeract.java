package io.outeract.faults.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The server under test as a client sees it over HTTP: login, the Admin and Developer APIs and
 * webhooks. Requests that get no answer (the server is down, the connection is reset) throw
 * {@link UncheckedIOException}; every other answer is returned as it is.
 */
public final class Outeract {

    public static final String ALL_SCOPES = "[\"events:read\", \"messages:send\", "
            + "\"users:read\", \"users:write\", \"connections:read\"]";
    public static final String SECRET_TOKEN_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final String baseUrl;
    private String adminToken;

    public Outeract(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The operator's token; the server creates the operator just after it starts listening. */
    public synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = Waiting.eventually("the operator can log in", Duration.ofSeconds(30),
                    () -> login(ServerProcess.ADMIN_EMAIL, ServerProcess.ADMIN_PASSWORD),
                    answer -> answer.status() == 200).json().path("token").asText();
        }
        return adminToken;
    }

    public Response login(String email, String password) {
        return post("/admin/login", Map.of(), json(Map.of("email", email, "password", password)));
    }

    public JsonNode admin(String query) {
        return post("/admin", Map.of("Authorization", "Bearer " + adminToken()),
                graphQl(query, null)).json();
    }

    public JsonNode developer(String apiKey, String query) {
        return developer(apiKey, query, null);
    }

    public JsonNode developer(String apiKey, String query, Map<String, Object> variables) {
        return post("/v1", Map.of("Authorization", "Bearer " + apiKey),
                graphQl(query, variables)).json();
    }

    /** A webhook as Telegram posts it: the body, with the connection's secret token. */
    public Response webhook(Tenant tenant, byte[] body) {
        return send(URI.create(tenant.webhookUrl()),
                Map.of(SECRET_TOKEN_HEADER, tenant.webhookSecretToken()), body);
    }

    public Response post(String path, Map<String, String> headers, byte[] body) {
        return send(URI.create(baseUrl + path), headers, body);
    }

    public Response send(URI uri, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", "application/json");
        all.putAll(headers);
        all.forEach(request::header);
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new organisation and application of the operator's, with a Telegram bot connected and an
     * API key of every scope that already works.
     */
    public Tenant newTenant(String name) {
        String organisationId = data(admin("mutation { createOrganisation(name: \"" + name
                + "\") { id } }")).path("createOrganisation").path("id").asText();
        String applicationId = data(admin("mutation { createApplication(organisationId: \""
                + organisationId + "\", name: \"" + name + " app\") { id } }"))
                .path("createApplication").path("id").asText();
        String botId = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L,
                9_000_000_000L));
        JsonNode connected = data(admin("mutation { connectTelegramBot(applicationId: \""
                + applicationId + "\", botToken: \"" + botId
                + ":AAHfaultSuiteTokenFaultSuiteToken12\") { connection { id } webhookUrl "
                + "webhookSecretToken } }")).path("connectTelegramBot");
        String apiKey = data(admin("mutation { issueApiKey(applicationId: \"" + applicationId
                + "\", name: \"backend\", scopes: " + ALL_SCOPES + ") { key } }"))
                .path("issueApiKey").path("key").asText();
        Tenant tenant = new Tenant(organisationId, applicationId,
                connected.path("connection").path("id").asText(), botId,
                connected.path("webhookUrl").asText(),
                connected.path("webhookSecretToken").asText(), apiKey);
        Waiting.eventually("the connection of " + name + " is active and its key works",
                Duration.ofSeconds(20),
                () -> developer(apiKey, "{ platformConnections { id status } }"),
                answer -> answer.path("data").path("platformConnections").toString()
                        .contains("ACTIVE"));
        return tenant;
    }

    /** The data of a GraphQL answer, failing the test with the errors if there are any. */
    public static JsonNode data(JsonNode answer) {
        if (answer.has("errors")) {
            throw new AssertionError("GraphQL errors: " + answer.get("errors"));
        }
        return answer.path("data");
    }

    public static byte[] graphQl(String query, Map<String, Object> variables) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        if (variables != null) {
            request.put("variables", variables);
        }
        return json(request);
    }

    public static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP answer: its status, its body, and how long it took to come. */
    public record Response(int status, byte[] body, Duration took) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + text(), e);
            }
        }

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
