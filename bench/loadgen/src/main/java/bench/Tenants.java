package bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Organisations, applications, Telegram connections and API keys, made through the Admin API. */
final class Tenants {

    record Connection(int appIndex, String applicationId, String id, long botId, String path,
            String secretToken) {
    }

    record App(String id, String name, String apiKey, List<Connection> connections) {
    }

    private static final String SCOPES_ALL =
            "[\"events:read\", \"messages:send\", \"users:read\", \"connections:read\"]";
    private static final AtomicLong BOT_IDS = new AtomicLong(700_000_000L);

    final List<App> ingest = new ArrayList<>();
    final List<Connection> ingestConnections = new ArrayList<>();
    App visibility;
    final List<App> query = new ArrayList<>();
    int organisations;

    private final Http http;
    private String token;

    private Tenants(Http http) {
        this.http = http;
    }

    static Tenants create(Config config, Http http) throws Exception {
        Tenants tenants = new Tenants(http);
        tenants.login();
        String orgA = tenants.organisation("Bench org A");
        String orgB = tenants.organisation("Bench org B");
        String orgQ = tenants.organisation("Bench org Q");
        tenants.organisations = 3;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < config.applications; i++) {
                tenants.ingest.add(tenants.application(pool, i % 2 == 0 ? orgA : orgB,
                        "ingest-" + i, i, config.connectionsPerApp));
            }
            tenants.visibility = tenants.application(pool, orgB, "visibility", -1, 1);
            for (int i = 0; i < config.queryApps; i++) {
                tenants.query.add(tenants.application(pool, orgQ, "query-" + i, -2, 1));
            }
        } finally {
            pool.shutdown();
        }
        tenants.ingest.forEach(app -> tenants.ingestConnections.addAll(app.connections()));
        return tenants;
    }

    /** The first admin is created just after the server starts answering: retry a while. */
    private void login() throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                JsonNode answer = http.postJson("/admin/login", Map.of(
                        "email", ServerProcess.ADMIN_EMAIL,
                        "password", ServerProcess.ADMIN_PASSWORD), Map.of());
                token = answer.get("token").asText();
                return;
            } catch (java.io.IOException refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
                Thread.sleep(500);
            }
        }
    }

    private String organisation(String name) throws Exception {
        return http.graphql("/admin", token,
                        "mutation($name: String!) { createOrganisation(name: $name) { id } }",
                        Map.of("name", name))
                .at("/createOrganisation/id").asText();
    }

    private App application(ExecutorService pool, String organisationId, String name,
            int appIndex, int connections) throws Exception {
        String id = http.graphql("/admin", token, """
                        mutation($org: ID!, $name: String!) {
                          createApplication(organisationId: $org, name: $name) { id } }""",
                        Map.of("org", organisationId, "name", name))
                .at("/createApplication/id").asText();
        List<Future<Connection>> pending = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            pending.add(pool.submit(() -> connect(appIndex, id)));
        }
        List<Connection> made = new ArrayList<>();
        for (Future<Connection> connection : pending) {
            made.add(connection.get());
        }
        String key = http.graphql("/admin", token, """
                        mutation($app: ID!) {
                          issueApiKey(applicationId: $app, name: "bench", scopes: %s) { key } }"""
                        .formatted(SCOPES_ALL), Map.of("app", id))
                .at("/issueApiKey/key").asText();
        return new App(id, name, key, Collections.unmodifiableList(made));
    }

    private Connection connect(int appIndex, String applicationId) throws Exception {
        long botId = BOT_IDS.incrementAndGet();
        String botToken = botId + ":AAH-bench-token-" + Long.toHexString(botId * 7919L)
                + "-abcdefghijklmnop";
        JsonNode answer = http.graphql("/admin", token, """
                        mutation($app: ID!, $token: String!) {
                          connectTelegramBot(applicationId: $app, botToken: $token) {
                            connection { id } webhookUrl webhookSecretToken } }""",
                        Map.of("app", applicationId, "token", botToken))
                .get("connectTelegramBot");
        return new Connection(appIndex, applicationId, answer.at("/connection/id").asText(),
                botId, URI.create(answer.get("webhookUrl").asText()).getRawPath(),
                answer.get("webhookSecretToken").asText());
    }

    /** How many of the connections the Developer API shows as ACTIVE, per app key. */
    int activeConnections(App app) throws Exception {
        int active = 0;
        for (JsonNode connection : http.graphql("/v1", app.apiKey(),
                "{ platformConnections { id status } }", null).get("platformConnections")) {
            if (connection.get("status").asText().equalsIgnoreCase("active")) {
                active++;
            }
        }
        return active;
    }

    List<String> ingestApplicationIds() {
        return ingest.stream().map(App::id).toList();
    }
}
