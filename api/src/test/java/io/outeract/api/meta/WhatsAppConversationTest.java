package io.outeract.api.meta;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.meta.MetaSignature;
import io.outeract.api.support.FakeMeta;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A WhatsApp number of its own, end to end: sends of texts and templates through the fake
 * Graph API, the statuses Meta reports after, and a photo downloaded into file storage and
 * served to the application that received it.
 */
class WhatsAppConversationTest extends RunningServerTest {

    private static final String CUSTOMER = "16175550122";
    private static final String APP_SECRET = "4f2a9c7e1b3d5f608192a3b4c5d6e7f8";

    private Tenant tenant;
    private String number;
    private String businessAccount;
    private String connectionId;

    @BeforeEach
    void connectANumber() {
        tenant = outeract.newTenant();
        number = String.valueOf(ThreadLocalRandom.current().nextLong(200_000_000_000_000L,
                900_000_000_000_000L));
        businessAccount = "3" + number;
        connectionId = data(outeract.admin("mutation { connectWhatsAppNumber(applicationId: \""
                + tenant.applicationId() + "\", phoneNumberId: \"" + number
                + "\", businessAccountId: \"" + businessAccount + "\", accessToken: \"EAAtest\") "
                + "{ connection { id } } }"))
                .path("connectWhatsAppNumber").path("connection").path("id").asText();
    }

    @Test
    void checksTheNumbersHealthAndFailsTheConnectionWhenMetaNoLongerAcceptsItsToken() {
        JsonNode healthy = checkHealth();
        META.revokeTokenOf(number);
        JsonNode sick = checkHealth();

        assertThat(healthy.path("healthy").asBoolean()).isTrue();
        assertThat(healthy.path("connection").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(sick.path("healthy").asBoolean()).isFalse();
        assertThat(sick.path("detail").asText()).contains("access token");
        JsonNode listed = eventually(this::listedConnection,
                found -> "FAILED".equals(found.path("status").asText()));
        assertThat(listed.path("statusReason").asText()).contains("access token");
    }

    @Test
    void routesWhatTheBusinessAccountIsToldToItsNumbersApplication() {
        webhook("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\""
                + businessAccount + "\",\"time\":1773481000,\"changes\":[{\"field\":"
                + "\"account_update\",\"value\":{\"event\":\"VERIFIED_ACCOUNT\"}}]}]}");

        JsonNode update = eventually(() -> eventOfType("platform.account_update"),
                found -> found != null);
        assertThat(update.path("payload").path("connectionId").asText()).isEqualTo(connectionId);
    }

    @Test
    void sendsATextAndKeepsTheFurthestStatusMetaReports() {
        JsonNode sent = awaitOutcome(send("text: \"Your order is ready\"", CUSTOMER));
        String wamid = sent.path("platformMessageId").asText();

        webhook(status(wamid, "read", "1773481010"));
        webhook(status(wamid, "delivered", "1773481004"));
        webhook(status(wamid, "sent", "1773481001"));

        JsonNode delivery = eventually(() -> message(sent.path("id").asText()).path("delivery"),
                found -> "READ".equals(found.path("state").asText()));
        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        assertThat(wamid).startsWith("wamid.");
        assertThat(delivery.path("state").asText()).isEqualTo("READ");
    }

    @Test
    void reportsAFailedDeliveryWithMetasCode() {
        JsonNode sent = awaitOutcome(send("text: \"Your order is ready\"", CUSTOMER));

        webhook(failed(sent.path("platformMessageId").asText()));

        JsonNode delivery = eventually(() -> message(sent.path("id").asText()).path("delivery"),
                found -> "FAILED".equals(found.path("state").asText()));
        assertThat(delivery.path("errorCode").asText()).isEqualTo("131026");
    }

    @Test
    void sendsATemplateWithItsLanguageAndComponents() {
        String recipient = "1555" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        JsonNode sent = awaitOutcome(send("template: { name: \"order_ready\", language: "
                + "\"en_US\", components: [{type: \"body\", parameters: [{type: \"text\", "
                + "text: \"1482\"}]}] }", recipient));

        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        String body = META.sends().stream()
                .filter(send -> send.contains(recipient)).findFirst().orElseThrow();
        assertThat(body).contains("\"type\":\"template\"").contains("\"order_ready\"")
                .contains("\"en_US\"").contains("1482");
    }

    @Test
    void failsFreeTextOutsideTheWindowSayingATemplateIsNeeded() {
        String recipient = "1555" + ThreadLocalRandom.current().nextInt(100, 999)
                + FakeMeta.OUTSIDE_WINDOW;

        JsonNode failed = awaitOutcome(send("text: \"Are you still there?\"", recipient));

        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("errorCode").asText()).isEqualTo("TEMPLATE_REQUIRED");
        assertThat(failed.path("errorDescription").asText()).containsIgnoringCase("template");
        assertThat(META.sendsTo(recipient)).isEqualTo(1);
    }

    @Test
    void retriesAThrottledSendUntilMetaTakesIt() {
        String recipient = "1555" + ThreadLocalRandom.current().nextInt(100, 999)
                + FakeMeta.THROTTLED_ONCE;

        JsonNode sent = awaitOutcome(send("text: \"Your order is ready\"", recipient));

        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        assertThat(sent.path("attempts").asInt()).isEqualTo(2);
        assertThat(META.sendsTo(recipient)).isEqualTo(2);
    }

    @Test
    void downloadsAPhotoAndServesItToItsApplicationOnly() {
        byte[] photo = "a JPEG's bytes, as far as this test cares".getBytes(StandardCharsets.UTF_8);
        String mediaId = "77" + number;
        META.holdMedia(mediaId, photo);

        webhook(image(mediaId, photo));

        JsonNode stored = eventually(() -> eventOfType("message.attachment_stored"),
                found -> found != null);
        String fileId = stored.path("payload").path("fileId").asText();
        var download = outeract.get("/v1/files/" + fileId,
                Map.of("Authorization", "Bearer " + tenant.apiKey()));
        Tenant stranger = outeract.newTenant();
        var strangers = outeract.get("/v1/files/" + fileId,
                Map.of("Authorization", "Bearer " + stranger.apiKey()));

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.raw()).isEqualTo(photo);
        assertThat(stored.path("payload").path("sha256Hex").asText())
                .isEqualTo(FakeMeta.sha256Hex(photo));
        assertThat(strangers.status()).isEqualTo(404);
    }

    private JsonNode checkHealth() {
        return data(outeract.admin("mutation { checkConnectionHealth(id: \"" + connectionId
                + "\") { healthy detail connection { status statusReason } } }"))
                .path("checkConnectionHealth");
    }

    private JsonNode listedConnection() {
        JsonNode connections = data(outeract.admin("{ application(id: \""
                + tenant.applicationId() + "\") { platformConnections { id status "
                + "statusReason } } }")).path("application").path("platformConnections");
        for (JsonNode connection : connections) {
            if (connection.path("id").asText().equals(connectionId)) {
                return connection;
            }
        }
        throw new AssertionError("The application does not list connection " + connectionId);
    }

    private String send(String content, String recipient) {
        return data(outeract.developer(tenant.apiKey(), "mutation { sendMessage(input: { "
                + "connectionId: \"" + connectionId + "\", externalChatId: \"" + recipient
                + "\", " + content + " }) { id } }")).path("sendMessage").path("id").asText();
    }

    private JsonNode awaitOutcome(String messageId) {
        return eventually(() -> message(messageId), found -> {
            String status = found.path("status").asText();
            return status.equals("SENT") || status.equals("FAILED");
        });
    }

    private JsonNode message(String id) {
        return data(outeract.developer(tenant.apiKey(), "{ message(id: \"" + id + "\") { id "
                + "status platformMessageId errorCode errorDescription attempts "
                + "delivery { state errorCode } } }")).path("message");
    }

    private JsonNode eventOfType(String type) {
        JsonNode edges = data(outeract.developer(tenant.apiKey(), "{ events(first: 20, "
                + "filters: { eventType: { eq: \"" + type + "\" } }) { edges { node { "
                + "eventType payload } } } }")).path("events").path("edges");
        return edges.isEmpty() ? null : edges.get(0).path("node");
    }

    private void webhook(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var answer = outeract.post("/webhooks/meta",
                Map.of(MetaSignature.HEADER, MetaSignature.headerFor(bytes, APP_SECRET)), bytes);
        assertThat(answer.status()).as(new String(answer.raw())).isEqualTo(200);
    }

    private String change(String value) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"104839275610482\","
                + "\"changes\":[{\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{"
                + "\"display_phone_number\":\"14155550100\",\"phone_number_id\":\"" + number
                + "\"}," + value + "},\"field\":\"messages\"}]}]}";
    }

    private String status(String wamid, String status, String timestamp) {
        return change("\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"" + status
                + "\",\"timestamp\":\"" + timestamp + "\",\"recipient_id\":\"" + CUSTOMER
                + "\"}]");
    }

    private String failed(String wamid) {
        return change("\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"failed\","
                + "\"timestamp\":\"1773481020\",\"recipient_id\":\"" + CUSTOMER + "\","
                + "\"errors\":[{\"code\":131026,\"title\":\"Message undeliverable\"}]}]");
    }

    private String image(String mediaId, byte[] photo) {
        String sha256 = Base64.getEncoder().encodeToString(
                java.util.HexFormat.of().parseHex(FakeMeta.sha256Hex(photo)));
        return change("\"contacts\":[{\"profile\":{\"name\":\"Ana Ribeiro\"},\"wa_id\":\""
                + CUSTOMER + "\"}],\"messages\":[{\"from\":\"" + CUSTOMER + "\",\"id\":\"wamid."
                + mediaId + "\",\"timestamp\":\"1773480120\",\"type\":\"image\",\"image\":{"
                + "\"mime_type\":\"image/jpeg\",\"sha256\":\"" + sha256 + "\",\"id\":\""
                + mediaId + "\"}}]");
    }
}
