package io.outeract.api.history;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.Outeract;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst reads an application's history: every event in global order, with the aggregate
 * it belongs to, its sequence there, and where it came from (the webhook, the API call), paged
 * with cursors, narrowed to one message's timeline, and exported whole as NDJSON.
 */
class HistoryTest extends RunningServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tenant tenant;
    private String messageId;

    @BeforeEach
    void aConversation() {
        tenant = outeract.newTenant();
        Outeract.Response update = outeract.webhook(localWebhookUrl(tenant),
                tenant.webhookSecretToken(), FakeTelegram.fixtureBytes("text-message-private.json"));
        assertThat(update.status()).isEqualTo(200);
        messageId = data(outeract.developer(tenant.apiKey(), "mutation { sendMessage(input: { "
                + "connectionId: \"" + tenant.connectionId() + "\", externalChatId: \""
                + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L)
                + "\", text: \"Yes, Sunday works\" }) { id } }"))
                .path("sendMessage").path("id").asText();
        eventually(() -> history("first: 50").stream()
                .filter(entry -> entry.path("eventType").asText().equals("message.sent"))
                .count(), sent -> sent == 1);
    }

    @Test
    void showsEveryEventInGlobalOrderWithWhereItCameFrom() {
        List<JsonNode> entries = history("first: 50");

        List<Double> positions = new ArrayList<>();
        entries.forEach(entry -> positions.add(entry.path("position").asDouble()));
        assertThat(positions).isSorted();
        JsonNode received = ofType(entries, "message.received");
        assertThat(received.path("metadata").path("source").asText()).isEqualTo("webhook");
        assertThat(received.path("metadata").path("requestId").asText()).isNotEmpty();
        assertThat(received.path("sequence").asInt()).isZero();
        JsonNode requested = ofType(entries, "message.send_requested");
        assertThat(requested.path("aggregateId").asText()).isEqualTo(messageId);
        assertThat(requested.path("metadata").path("source").asText()).isEqualTo("developer-api");
        assertThat(requested.path("metadata").path("callerId").asText()).startsWith("api-key:");
        JsonNode sent = ofType(entries, "message.sent");
        assertThat(sent.path("aggregateId").asText()).isEqualTo(messageId);
        assertThat(sent.path("sequence").asInt()).isEqualTo(1);
        assertThat(sent.path("metadata").path("causationId").asText()).isNotEmpty();
    }

    @Test
    void pagesOnFromACursorWithoutSkippingOrRepeating() {
        List<JsonNode> all = history("first: 50");
        JsonNode firstPage = data(outeract.developer(tenant.apiKey(),
                "{ history(first: 2) { edges { node { id } cursor } pageInfo { hasNextPage "
                        + "endCursor } } }")).path("history");

        String after = firstPage.path("pageInfo").path("endCursor").asText();
        List<JsonNode> rest = history("first: 50, after: \"" + after + "\"");

        assertThat(firstPage.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        List<String> paged = new ArrayList<>();
        firstPage.path("edges").forEach(edge -> paged.add(edge.path("node").path("id").asText()));
        rest.forEach(entry -> paged.add(entry.path("id").asText()));
        assertThat(paged).containsExactlyElementsOf(all.stream()
                .map(entry -> entry.path("id").asText()).toList());
    }

    @Test
    void narrowsToOneAggregateAndToATypePrefix() {
        List<JsonNode> ofMessage = history("aggregateId: \"" + messageId + "\", first: 50");
        List<JsonNode> messages = history(
                "filters: { eventType: { startsWith: \"message.s\" } }, first: 50");

        assertThat(ofMessage).extracting(entry -> entry.path("eventType").asText())
                .containsExactly("message.send_requested", "message.sent");
        assertThat(messages).extracting(entry -> entry.path("eventType").asText())
                .allMatch(type -> type.startsWith("message.s"));
        JsonNode timeline = data(outeract.developer(tenant.apiKey(), "{ message(id: \""
                + messageId + "\") { timeline { eventType } } }")).path("message")
                .path("timeline");
        assertThat(timeline.findValuesAsText("eventType"))
                .containsExactly("message.send_requested", "message.sent");
    }

    @Test
    void exportsTheWholeHistoryAsNdjson() throws Exception {
        List<JsonNode> all = history("first: 50");

        Outeract.Response export = outeract.get("/v1/history/export",
                Map.of("Authorization", "Bearer " + tenant.apiKey()));
        Outeract.Response sends = outeract.get("/v1/history/export?type=message.s",
                Map.of("Authorization", "Bearer " + tenant.apiKey()));
        Outeract.Response anonymous = outeract.get("/v1/history/export", Map.of());

        String[] lines = new String(export.raw(), StandardCharsets.UTF_8).split("\n");
        assertThat(export.status()).isEqualTo(200);
        assertThat(lines).hasSize(all.size());
        for (int index = 0; index < lines.length; index++) {
            JsonNode line = JSON.readTree(lines[index]);
            assertThat(line.path("id").asText()).isEqualTo(all.get(index).path("id").asText());
            assertThat(line.path("payload").isObject()).isTrue();
        }
        assertThat(new String(sends.raw(), StandardCharsets.UTF_8).split("\n")).hasSize(2);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void anAdminReadsTheHistoryOfTheirOwnApplicationsOnly() {
        JsonNode own = data(outeract.admin("{ applicationHistory(applicationId: \""
                + tenant.applicationId() + "\", first: 50) { edges { node { eventType } } } }"));
        JsonNode stranger = outeract.admin("{ applicationHistory(applicationId: \""
                + tenant.applicationId() + "\") { edges { node { id } } } }", newAdminToken());

        assertThat(own.path("applicationHistory").path("edges").findValuesAsText("eventType"))
                .containsExactlyElementsOf(history("first: 50").stream()
                        .map(entry -> entry.path("eventType").asText()).toList());
        assertThat(stranger.path("errors")).isNotEmpty();
    }

    private List<JsonNode> history(String arguments) {
        JsonNode edges = data(outeract.developer(tenant.apiKey(), "{ history(" + arguments
                + ") { edges { node { id eventType position aggregateId sequence payload "
                + "metadata { correlationId causationId source requestId callerId } } } } }"))
                .path("history").path("edges");
        List<JsonNode> entries = new ArrayList<>();
        edges.forEach(edge -> entries.add(edge.path("node")));
        return entries;
    }

    private static JsonNode ofType(List<JsonNode> entries, String type) {
        return entries.stream().filter(entry -> entry.path("eventType").asText().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("No " + type + " in "
                        + entries));
    }
}
