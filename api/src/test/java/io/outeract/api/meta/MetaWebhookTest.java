package io.outeract.api.meta;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.meta.MetaSignature;
import io.outeract.api.support.FakeMeta;
import io.outeract.api.support.Outeract;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared Meta webhook over real HTTP: every WhatsApp, Messenger and Instagram fixture is
 * posted with its own signature and lands, as its meta file expects, in the application whose
 * connection claims its account. The fixtures name fixed accounts, and an account is live on
 * one connection only, so this class connects them once for all its tests.
 */
class MetaWebhookTest extends RunningServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHATSAPP_A = "118204573395061";
    private static final String WHATSAPP_B = "121907364482915";
    private static final String WABA = "104839275610482";
    private static final String PAGE_A = "104392817746251";
    private static final String PAGE_B = "112087345591026";
    private static final String INSTAGRAM = "17841463928107755";

    private static Tenant first;
    private static Tenant second;

    @BeforeEach
    void connectTheFixturesAccounts() {
        synchronized (MetaWebhookTest.class) {
            if (first != null) {
                return;
            }
            first = outeract.newTenant();
            second = outeract.newTenant();
            connect(first, "connectWhatsAppNumber", "phoneNumberId: \"" + WHATSAPP_A
                    + "\", businessAccountId: \"" + WABA + "\", accessToken: \"EAAtokenA\"");
            connect(second, "connectWhatsAppNumber", "phoneNumberId: \"" + WHATSAPP_B
                    + "\", businessAccountId: \"" + WABA + "\", accessToken: \"EAAtokenB\"");
            connect(first, "connectMessengerPage",
                    "pageId: \"" + PAGE_A + "\", pageAccessToken: \"EAApageA\"");
            connect(second, "connectMessengerPage",
                    "pageId: \"" + PAGE_B + "\", pageAccessToken: \"EAApageB\"");
            connect(first, "connectInstagramAccount",
                    "instagramAccountId: \"" + INSTAGRAM + "\", accessToken: \"IGQtoken\"");
        }
    }

    static Stream<String> webhookFixtures() throws IOException {
        List<String> names = new ArrayList<>();
        for (String platform : List.of("whatsapp", "messenger", "instagram")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/meta", platform))) {
                files.map(path -> path.getFileName().toString())
                        .filter(name -> name.endsWith(".meta.json"))
                        .map(name -> platform + "/" + name.replace(".meta.json", ""))
                        .forEach(names::add);
            }
        }
        return names.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("webhookFixtures")
    void storesEveryFixtureInTheApplicationOfItsAccountOnceOnly(String fixture) {
        JsonNode meta = meta(fixture);
        byte[] body = FakeMeta.fixtureBytes(fixture + ".json");

        Outeract.Response first = post(body, headersOf(meta));
        Outeract.Response again = post(body, headersOf(meta));

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("recorded").asInt()).isZero();
        for (JsonNode expected : meta.path("expected").path("events")) {
            Tenant owner = ownerOf(expected.path("routing_id").asText());
            JsonNode stored = eventually(() -> eventWithKey(owner,
                    expected.path("dedupe_key").asText()), found -> found != null);
            assertMatches(stored, expected);
            assertThat(eventWithKey(otherThan(owner), expected.path("dedupe_key").asText()))
                    .as("the other application sees nothing of it").isNull();
        }
    }

    @Test
    void refusesAnUnsignedOrForgedWebhookAndStoresNothing() {
        byte[] body = FakeMeta.fixtureBytes("whatsapp/text-message.json");
        byte[] tampered = new String(body, StandardCharsets.UTF_8)
                .replace("Hi", "Hj").getBytes(StandardCharsets.UTF_8);
        String signature = meta("whatsapp/text-message").path("headers")
                .path(MetaSignature.HEADER).asText();

        assertThat(post(body, Map.of()).status()).isEqualTo(401);
        assertThat(post(body, Map.of(MetaSignature.HEADER, "sha256=" + "0".repeat(64))).status())
                .isEqualTo(401);
        assertThat(post(tampered, Map.of(MetaSignature.HEADER, signature)).status())
                .isEqualTo(401);
        assertThat(post(body, Map.of(MetaSignature.HEADER,
                MetaSignature.headerFor(body, "some-other-apps-secret"))).status())
                .isEqualTo(401);
    }

    @Test
    void answersTheHandshakeOnlyWithTheVerifyToken() {
        assertThat(handshake("subscribe", META_VERIFY_TOKEN, "1158201444"))
                .isEqualTo("200 1158201444");
        assertThat(handshake("subscribe", "a-wrong-token", "1158201444")).startsWith("403");
        assertThat(handshake("unsubscribe", META_VERIFY_TOKEN, "1158201444")).startsWith("403");
        assertThat(handshake(null, null, "1158201444")).startsWith("403");
    }

    @Test
    void keepsWhatNoConnectionClaimsAndAcknowledgesIt() {
        byte[] body = FakeMeta.fixture("whatsapp/text-message.json")
                .replace(WHATSAPP_A, "199999999999999").getBytes(StandardCharsets.UTF_8);
        Map<String, String> signed =
                Map.of(MetaSignature.HEADER, MetaSignature.headerFor(body, whatsAppSecret()));

        Outeract.Response answer = post(body, signed);
        post(body, signed);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("unroutable").asInt()).isEqualTo(1);
        JsonNode kept = data(outeract.admin("{ unroutableDeliveries(first: 50) { total items { "
                + "platformName externalAccountId reason timesReceived payload } } }"))
                .path("unroutableDeliveries");
        JsonNode ours = null;
        for (JsonNode item : kept.path("items")) {
            if (item.path("externalAccountId").asText().equals("199999999999999")) {
                ours = item;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.path("platformName").asText()).isEqualTo("whatsapp");
        assertThat(ours.path("timesReceived").asInt()).isEqualTo(2);
        assertThat(ours.path("payload").asText()).contains("199999999999999");
    }

    @Test
    void keepsWhatABusinessAccountOfTwoApplicationsIsToldAsUnroutable() {
        byte[] body = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\""
                + WABA + "\",\"time\":1773481000,\"changes\":[{\"field\":"
                + "\"message_template_status_update\",\"value\":{\"event\":\"APPROVED\"}}]}]}")
                .getBytes(StandardCharsets.UTF_8);

        Outeract.Response answer = post(body,
                Map.of(MetaSignature.HEADER, MetaSignature.headerFor(body, whatsAppSecret())));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("unroutable").asInt())
                .as("its numbers belong to two applications: it is attached to neither")
                .isEqualTo(1);
    }

    @Test
    void refusesABodyThatIsNotWhatMetaSends() {
        byte[] body = "{\"object\":\"page\",\"entry\":{}}".getBytes(StandardCharsets.UTF_8);

        Outeract.Response answer = post(body,
                Map.of(MetaSignature.HEADER, MetaSignature.headerFor(body, whatsAppSecret())));

        assertThat(answer.status()).isEqualTo(400);
    }

    private void connect(Tenant tenant, String mutation, String arguments) {
        JsonNode connected = data(outeract.admin("mutation { " + mutation + "(applicationId: \""
                + tenant.applicationId() + "\", " + arguments + ") { connection { id status } "
                + "webhookUrl } }")).path(mutation);
        assertThat(connected.path("webhookUrl").asText())
                .isEqualTo("https://hooks.outeract.test/webhooks/meta");
    }

    private Outeract.Response post(byte[] body, Map<String, String> headers) {
        return outeract.post("/webhooks/meta", headers, body);
    }

    private String handshake(String mode, String token, String challenge) {
        StringBuilder query = new StringBuilder("hub.challenge=" + challenge);
        if (mode != null) {
            query.append("&hub.mode=").append(mode);
        }
        if (token != null) {
            query.append("&hub.verify_token=")
                    .append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(outeract.baseUrl() + "/webhooks/meta?" + query)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() + " " + answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The stored event whose dedupe key is this one, or one per mid it was split into. */
    private JsonNode eventWithKey(Tenant tenant, String dedupeKey) {
        JsonNode edges = data(outeract.developer(tenant.apiKey(),
                "{ events(first: 100) { edges { node { eventType platform payload } } } }"))
                .path("events").path("edges");
        for (JsonNode edge : edges) {
            String key = edge.path("node").path("payload").path("dedupeKey").asText();
            if (key.equals(dedupeKey) || key.startsWith(dedupeKey + ":")) {
                return edge.path("node");
            }
        }
        return null;
    }

    private static void assertMatches(JsonNode stored, JsonNode expected) {
        JsonNode payload = stored.path("payload");
        String kind = expected.path("kind").asText();
        if (expected.hasNonNull("text") && !"echo".equals(kind)) {
            assertThat(payload.path("message").path("text").asText())
                    .isEqualTo(expected.path("text").asText());
        }
        if ("edit".equals(kind) || "edited".equals(kind)) {
            // An edit names the message it changes; its own id is only in its dedupe key.
            assertThat(stored.path("eventType").asText()).isEqualTo("message.edited");
        } else if (expected.hasNonNull("external_message_id") && payload.has("message")) {
            assertThat(payload.path("message").path("externalMessageId").asText())
                    .isEqualTo(expected.path("external_message_id").asText());
        }
        if ("status".equals(kind)) {
            assertThat(stored.path("eventType").asText()).isEqualTo("message.status_updated");
            assertThat(payload.path("status").path("state").asText())
                    .isEqualTo(expected.path("status").asText());
        }
        if ("echo".equals(kind)) {
            assertThat(stored.path("eventType").asText())
                    .as("an echo of our own send is never an inbound message")
                    .isNotEqualTo("message.received");
        }
    }

    private Tenant ownerOf(String account) {
        return switch (account) {
            case WHATSAPP_A, PAGE_A, INSTAGRAM -> first;
            case WHATSAPP_B, PAGE_B -> second;
            default -> throw new AssertionError("No test connection claims account " + account);
        };
    }

    private Tenant otherThan(Tenant tenant) {
        return tenant == first ? second : first;
    }

    private static Map<String, String> headersOf(JsonNode meta) {
        Map<String, String> headers = new HashMap<>();
        meta.path("headers").fields().forEachRemaining(header -> {
            if (!header.getKey().equalsIgnoreCase("Content-Type")) {
                headers.put(header.getKey(), header.getValue().asText());
            }
        });
        return headers;
    }

    private static JsonNode meta(String fixture) {
        try {
            return JSON.readTree(FakeMeta.fixtureBytes(fixture + ".meta.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String whatsAppSecret() {
        return META_APP_SECRETS.split(",")[0];
    }
}
