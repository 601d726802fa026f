package io.outeract.faults;

import static io.outeract.faults.support.Outeract.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.faults.support.Database;
import io.outeract.faults.support.FakeTelegram;
import io.outeract.faults.support.Outeract;
import io.outeract.faults.support.ServerProcess;
import io.outeract.faults.support.StoredEvents;
import io.outeract.faults.support.TelegramUpdates;
import io.outeract.faults.support.Tenant;
import io.outeract.faults.support.Waiting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, from the table of cases in {@code src/test/resources/bad-input.json}: malformed
 * and truncated JSON, wrong types, huge bodies, deep nesting, invalid UTF-8, wrong and missing
 * secrets, replays, the other tenant's ids in every Developer API argument that takes one, and
 * GraphQL documents too deep, too wide or aliased many times. Each gets a clear refusal and
 * leaks nothing of the other tenant; afterwards nothing was stored for the tenant, the other
 * tenant's data is as it was, and the server still serves.
 *
 * <p>A case names its target ({@code webhook}, {@code developer}, {@code admin}, {@code login}),
 * its body ({@code body} as raw text, {@code json} as a JSON value, {@code query} as a GraphQL
 * document, or {@code generate} with a {@code size}), the credentials to use when they are not
 * the tenant's own ({@code url}, {@code secretToken}, {@code key}, {@code token}), the expected
 * {@code status} and texts the answer must ({@code expect}) and must not ({@code notExpect})
 * hold. A case with a {@code todo} names a product bug and is skipped, not sent, unless the
 * system property {@code fault-suite.todo} is {@code run}: to see whether the bug is fixed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean RUN_TODO =
            "run".equals(System.getProperty("fault-suite.todo"));
    private static final String OTHER_TEXT = "a private message of the other tenant";
    private static final String OWN_CHAT = "31337001";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private static FakeTelegram telegram;
    private static ServerProcess server;
    private static StoredEvents stored;
    private static Outeract outeract;
    private static Tenant own;
    private static Tenant other;
    private static OtherTenantData otherData;
    private static long serverPid;

    /** What the other tenant has, whose ids the cases try. */
    private record OtherTenantData(String eventId, String userId, String platformUserId,
            String messageId, String chatId, String idempotencyKey, String cursor,
            byte[] deliveredUpdate) {
    }

    @BeforeAll
    static void givenATenantWithNothingStoredAndAnotherWithAMessageEachWay() {
        telegram = new FakeTelegram();
        Database database = Database.recreate("outeract_fault_test");
        stored = new StoredEvents(database);
        server = ServerProcess.start("bad-input", database.name(), Database.PORT,
                telegram.baseUrl(), Map.of());
        serverPid = server.pid();
        outeract = new Outeract(server.baseUrl());
        own = outeract.newTenant("Own");
        other = outeract.newTenant("Other");
        otherData = storeTheOtherTenantsData();
    }

    @AfterAll
    static void stopServer() {
        ServerProcess.stop(server);
        telegram.close();
    }

    static Stream<Arguments> cases() throws IOException {
        try (InputStream table = BadInputTest.class.getResourceAsStream("/bad-input.json")) {
            List<Arguments> cases = new ArrayList<>();
            for (JsonNode badInput : JSON.readTree(table)) {
                cases.add(Arguments.of(badInput.path("name").asText(), badInput));
            }
            return cases.stream();
        }
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedClearlyAndLeaksNothing(String name, JsonNode badInput) {
        Assumptions.assumeFalse(badInput.has("todo") && !RUN_TODO,
                badInput.path("todo").asText());
        BadRequest request = BadRequest.of(badInput);

        Answer answer = send(request);

        assertThat(answer.status()).as(name + ": " + answer.text())
                .isEqualTo(badInput.path("status").asInt());
        for (JsonNode expected : badInput.path("expect")) {
            assertThat(answer.text()).as(name).contains(placeholders(expected.asText()));
        }
        for (JsonNode unexpected : badInput.path("notExpect")) {
            assertThat(answer.text()).as(name).doesNotContain(placeholders(unexpected.asText()));
        }
        for (String secret : otherTenantsSecrets()) {
            if (!request.bodyText().contains(secret)) {
                assertThat(answer.text()).as(name + " leaks the other tenant's data")
                        .doesNotContain(secret);
            }
        }
    }

    @Test
    @Order(2)
    void afterEveryCaseNothingWasStoredForTheTenantAndTheOtherTenantsDataIsAsItWas() {
        assertThat(stored.inboundEventsPerKey(own)).isEmpty();
        assertThat(stored.receipts(own)).isZero();
        assertThat(stored.allEventsMentioning(own, "%outbound%")).isZero();
        assertThat(telegram.requestsTo(OWN_CHAT)).isZero();

        assertThat(stored.inboundEventsPerKey(other)).hasSize(1);
        assertThat(stored.receipts(other)).isEqualTo(1);
        assertThat(stored.allEventsMentioning(other, "%MessageSendRequestedEvent")).isEqualTo(1);
        assertThat(telegram.allSendRequests()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void afterEveryCaseTheSameServerProcessStillServesWebhooksAndQueries() {
        assertThat(server.answersLivez()).isTrue();
        assertThat(server.pid()).isEqualTo(serverPid);

        JsonNode acknowledgement = outeract.webhook(own,
                TelegramUpdates.text(7001, 4243, "still there?")).json();

        assertThat(acknowledgement.path("recorded").asInt()).isEqualTo(1);
        Waiting.eventually("the update is in the Developer API", Duration.ofSeconds(30),
                () -> data(outeract.developer(own.apiKey(),
                        "{ events(first: 5) { edges { node { id } } } }"))
                        .path("events").path("edges").size(), size -> size == 1);
    }

    @Test
    @Order(4)
    void anIdempotencyKeyTheOtherTenantUsedNamesANewMessageOfOurOwn() {
        JsonNode sent = data(outeract.developer(own.apiKey(), "mutation { sendMessage(input: {"
                + " connectionId: \"" + own.connectionId() + "\", externalChatId: \"" + OWN_CHAT
                + "\", text: \"ours\", idempotencyKey: \"" + otherData.idempotencyKey()
                + "\" }) { id connectionId externalChatId } }")).path("sendMessage");

        assertThat(sent.path("id").asText()).isNotEqualTo(otherData.messageId());
        assertThat(sent.path("connectionId").asText()).isEqualTo(own.connectionId());
        assertThat(sent.path("externalChatId").asText()).isEqualTo(OWN_CHAT);
    }

    private static OtherTenantData storeTheOtherTenantsData() {
        byte[] update = TelegramUpdates.text(9001, 6812345098L, OTHER_TEXT);
        assertThat(outeract.webhook(other, update).status()).isEqualTo(200);
        JsonNode event = Waiting.eventually("the other tenant's message is in its history",
                Duration.ofSeconds(30), () -> data(outeract.developer(other.apiKey(),
                        "{ events(first: 1) { edges { cursor node { id sender { id isBot"
                                + " user { id } } } } } }")).path("events").path("edges"),
                edges -> edges.size() == 1 && !edges.get(0).path("node").path("sender")
                        .path("user").path("id").asText().isEmpty()).get(0);
        JsonNode sender = event.path("node").path("sender");
        String idempotencyKey = "order-9001-shipped";
        String messageId = data(outeract.developer(other.apiKey(), "mutation { sendMessage("
                + "input: { platformUserId: \"" + sender.path("id").asText() + "\", text: \""
                + OTHER_TEXT + "\", idempotencyKey: \"" + idempotencyKey + "\" }) { id } }"))
                .path("sendMessage").path("id").asText();
        Waiting.eventually("the other tenant's message is sent", Duration.ofSeconds(30),
                () -> telegram.requestsTo("6812345098"), requests -> requests == 1);
        return new OtherTenantData(event.path("node").path("id").asText(),
                sender.path("user").path("id").asText(), sender.path("id").asText(), messageId,
                "6812345098", idempotencyKey, event.path("cursor").asText(), update);
    }

    private static List<String> otherTenantsSecrets() {
        return List.of(otherData.eventId(), otherData.userId(), otherData.platformUserId(),
                otherData.messageId(), other.applicationId(), other.webhookSecretToken(),
                OTHER_TEXT);
    }

    static String placeholders(String text) {
        return text.replace("{own.connectionId}", own.connectionId())
                .replace("{own.chatId}", OWN_CHAT)
                .replace("{other.eventId}", otherData.eventId())
                .replace("{other.userId}", otherData.userId())
                .replace("{other.platformUserId}", otherData.platformUserId())
                .replace("{other.messageId}", otherData.messageId())
                .replace("{other.connectionId}", other.connectionId())
                .replace("{other.chatId}", otherData.chatId())
                .replace("{other.idempotencyKey}", otherData.idempotencyKey())
                .replace("{other.cursor}", otherData.cursor());
    }

    private static Answer send(BadRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri())
                .timeout(Duration.ofSeconds(60))
                .POST(request.chunked()
                        ? HttpRequest.BodyPublishers.ofInputStream(request::bodyStream)
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        http.header("Content-Type", "application/json");
        request.headers().forEach(http::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(http.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, String text) {
    }

    /** One case of the table made into an HTTP request. */
    private record BadRequest(URI uri, Map<String, String> headers, byte[] body,
            boolean chunked) {

        static BadRequest of(JsonNode badInput) {
            String target = badInput.path("target").asText();
            byte[] body = BadBodies.of(badInput, otherData.deliveredUpdate(),
                    BadInputTest::placeholders);
            boolean chunked = badInput.path("generate").asText().endsWith("-chunked");
            return switch (target) {
                case "webhook" -> new BadRequest(webhookUri(badInput.path("url").asText("own")),
                        BadCredentials.secretToken(badInput.path("secretToken").asText("own"),
                                own, other), body, chunked);
                case "developer" -> new BadRequest(URI.create(server.baseUrl() + "/v1"),
                        BadCredentials.apiKey(badInput.path("key").asText("own"), own,
                                outeract.adminToken()), body, chunked);
                case "admin" -> new BadRequest(URI.create(server.baseUrl() + "/admin"),
                        BadCredentials.adminToken(badInput.path("token").asText("own"),
                                outeract.adminToken(), own), body, chunked);
                case "login" -> new BadRequest(URI.create(server.baseUrl() + "/admin/login"),
                        Map.of(), body, chunked);
                default -> throw new IllegalArgumentException("Unknown target " + target);
            };
        }

        InputStream bodyStream() {
            return new java.io.ByteArrayInputStream(body);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        private static URI webhookUri(String variant) {
            String ownUrl = own.webhookUrl();
            String ownBase = ownUrl.substring(0, ownUrl.lastIndexOf('/') + 1);
            String otherSecret = other.webhookUrl().substring(
                    other.webhookUrl().lastIndexOf('/') + 1);
            String ownSecret = ownUrl.substring(ownUrl.lastIndexOf('/') + 1);
            return URI.create(switch (variant) {
                case "own" -> ownUrl;
                case "wrong-path-secret" -> ownBase + "guess";
                case "other-path-secret" -> ownBase + otherSecret;
                case "other" -> other.webhookUrl();
                case "unknown-connection" -> server.baseUrl() + "/webhooks/"
                        + java.util.UUID.randomUUID() + "/" + ownSecret;
                case "not-a-connection-id" -> server.baseUrl() + "/webhooks/not-a-uuid/"
                        + ownSecret;
                default -> throw new IllegalArgumentException("Unknown url " + variant);
            });
        }
    }
}
