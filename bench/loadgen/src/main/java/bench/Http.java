package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP to the server under test, on loopback only. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = newClient();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpClient client() {
        return client;
    }

    JsonNode postJson(String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return JSON.readTree(response.body());
    }

    /** A GraphQL call whose errors fail it; answers {@code data}. */
    JsonNode graphql(String path, String authorization, String query, Map<String, ?> variables)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", query);
        body.set("variables", JSON.valueToTree(variables == null ? Map.of() : variables));
        JsonNode answer = postJson(path, body, Map.of("Authorization", "Bearer " + authorization));
        if (answer.hasNonNull("errors") && answer.get("errors").size() > 0) {
            throw new IOException("GraphQL errors at " + path + ": "
                    + abbreviate(answer.get("errors").toString()));
        }
        return answer.get("data");
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
