package io.outeract.api.subscription;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhook subscriptions through the Developer and Admin APIs, and deliveries of real events to
 * real endpoints on loopback (the test server allows 127.0.0.0/8 and a short retry schedule).
 */
class WebhookSubscriptionsTest extends RunningServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tenant tenant;
    private String webhookKey;
    private WebhookReceiver receiver;

    @BeforeEach
    void givenAnApplicationWithAKeyThatManagesWebhooks() {
        tenant = outeract.newTenant();
        webhookKey = webhookKey(tenant);
    }

    @AfterEach
    void stopTheReceiver() throws Exception {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void deliversAReceivedMessageSignedWithTheSecretShownOnce() throws Exception {
        receiver = new WebhookReceiver();
        JsonNode created = subscribe(webhookKey, receiver.url(), "[\"message.*\"]");
        String secret = created.path("signingSecret").asText();
        assertThat(secret).startsWith("whsec_");

        receiveTelegramMessage();

        WebhookReceiver.Call call = eventually(receiver::calls, calls -> !calls.isEmpty()).get(0);
        JsonNode event = eventOfType("message.received");
        assertThat(call.id()).isEqualTo("msg_" + event.path("id").asText());
        assertThat(verifies(secret, call)).isTrue();
        JsonNode body = JSON.readTree(call.body());
        assertThat(body.path("type").asText()).isEqualTo("message.received");
        assertThat(body.path("data")).isEqualTo(event.path("payload"));
        assertThat(body.path("timestamp").asText()).isEqualTo(event.path("createdAt").asText());
        assertThat(listedSubscriptions(webhookKey).toString()).doesNotContain(secret);
        JsonNode delivery = eventually(() -> deliveries(created), found -> found.size() == 1
                && found.get(0).path("status").asText().equals("SUCCEEDED")).get(0);
        assertThat(delivery.path("webhookId").asText()).isEqualTo(call.id());
        assertThat(delivery.path("attempts").get(0).path("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void retriesAnEndpointThatFailsThenRecoversAndRedeliversOnRequest() throws Exception {
        receiver = new WebhookReceiver(500, 503);
        JsonNode created = subscribe(webhookKey, receiver.url(), "[\"message.received\"]");

        receiveTelegramMessage();

        JsonNode delivery = eventually(() -> deliveries(created), found -> found.size() == 1
                && found.get(0).path("status").asText().equals("SUCCEEDED")).get(0);
        assertThat(delivery.path("attempts").findValuesAsText("outcome")).containsExactly(
                "RETRY_SCHEDULED", "RETRY_SCHEDULED", "SUCCEEDED");
        assertThat(delivery.path("attempts").findValuesAsText("statusCode"))
                .containsExactly("500", "503", "200");
        assertThat(delivery.path("attempts").get(1).path("responseBody").asText())
                .isEqualTo("status 503");

        data(outeract.developer(webhookKey, "mutation { redeliverWebhook(deliveryId: \""
                + delivery.path("id").asText() + "\") }"));

        List<WebhookReceiver.Call> calls = eventually(receiver::calls, all -> all.size() == 4);
        assertThat(calls).extracting(WebhookReceiver.Call::id).containsOnly(calls.get(0).id());
    }

    @Test
    void deliversOnlyTheTypesSubscribedTo() throws Exception {
        receiver = new WebhookReceiver();
        subscribe(webhookKey, receiver.url(), "[\"user.*\"]");
        WebhookReceiver everything = new WebhookReceiver();
        try {
            subscribe(webhookKey, everything.url(), "[\"*\"]");

            receiveTelegramMessage();

            eventually(everything::calls, calls -> !calls.isEmpty());
            Thread.sleep(500);
            assertThat(receiver.calls()).isEmpty();
        } finally {
            everything.close();
        }
    }

    @Test
    void anApplicationNeitherSeesNorReceivesAnotherApplicationsEvents() throws Exception {
        receiver = new WebhookReceiver();
        JsonNode mine = subscribe(webhookKey, receiver.url(), "[\"*\"]");
        Tenant other = outeract.newTenant();
        String otherKey = webhookKey(other);
        String id = mine.path("subscription").path("id").asText();

        assertThat(listedSubscriptions(otherKey)).isEmpty();
        assertThat(outeract.developer(otherKey, "{ webhookSubscription(id: \"" + id
                + "\") { id } }").path("data").path("webhookSubscription").isNull()).isTrue();
        assertThat(errorCode(outeract.developer(otherKey, "mutation { pauseWebhookSubscription("
                + "id: \"" + id + "\") { id } }"))).isEqualTo("NOT_FOUND");

        outeract.webhook(localWebhookUrl(other), other.webhookSecretToken(),
                FakeTelegram.fixtureBytes("text-message-private.json"));
        eventually(() -> eventTypesOf(other), types -> types.contains("message.received"));
        Thread.sleep(500);
        assertThat(receiver.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/hooks", "http://169.254.169.254/latest/meta-data",
        "http://[::1]:8080/hooks", "http://[fc00::1]/hooks", "http://[fd00:ec2::254]/hooks",
        "http://0.0.0.0/hooks"})
    void refusesAnEndpointAtAnInternalAddress(String url) {
        JsonNode answer = outeract.developer(webhookKey, "mutation { createWebhookSubscription("
                + "input: { url: \"" + url + "\", eventTypes: [\"*\"] }) { signingSecret } }");

        assertThat(errorCode(answer)).isEqualTo("BAD_INPUT");
        assertThat(listedSubscriptions(webhookKey)).isEmpty();
    }

    @Test
    void pausesResumesRotatesAndDeletes() throws Exception {
        receiver = new WebhookReceiver();
        String id = subscribe(webhookKey, receiver.url(), "[\"*\"]").path("subscription")
                .path("id").asText();

        assertThat(mutate("pauseWebhookSubscription(id: \"" + id + "\") { status }")
                .path("status").asText()).isEqualTo("PAUSED");
        assertThat(mutate("resumeWebhookSubscription(id: \"" + id + "\") { status }")
                .path("status").asText()).isEqualTo("ACTIVE");
        JsonNode rotated = mutate("rotateWebhookSecret(id: \"" + id + "\", gracePeriodHours: 2)"
                + " { signingSecret subscription { previousSecretValidUntil } }");
        assertThat(rotated.path("signingSecret").asText()).startsWith("whsec_");
        assertThat(rotated.path("subscription").path("previousSecretValidUntil").isNull())
                .isFalse();
        assertThat(outeract.developer(webhookKey, "mutation { deleteWebhookSubscription(id: \""
                + id + "\") }").path("data").path("deleteWebhookSubscription").asBoolean())
                .isTrue();
        assertThat(listedSubscriptions(webhookKey)).isEmpty();
    }

    @Test
    void aKeyWithoutTheScopeIsRefused() {
        JsonNode answer = outeract.developer(tenant.apiKey(), "{ webhookSubscriptions { id } }");

        assertThat(errorCode(answer)).isEqualTo("MISSING_SCOPE");
    }

    @Test
    void anAdminManagesTheSubscriptionsOfTheirOwnApplicationsOnly() throws Exception {
        receiver = new WebhookReceiver();
        JsonNode created = data(outeract.admin("mutation { createWebhookSubscription("
                + "applicationId: \"" + tenant.applicationId() + "\", input: { url: \""
                + receiver.url() + "\", eventTypes: [\"message.*\"], description: \"CRM\" })"
                + " { signingSecret subscription { id applicationId description } } }"))
                .path("createWebhookSubscription");
        assertThat(created.path("subscription").path("description").asText()).isEqualTo("CRM");
        String id = created.path("subscription").path("id").asText();

        assertThat(listedSubscriptions(webhookKey)).hasSize(1);
        String stranger = newAdminToken();
        assertThat(errorCode(outeract.admin("mutation { pauseWebhookSubscription(id: \"" + id
                + "\") { id } }", stranger))).isEqualTo("NOT_FOUND");
        assertThat(errorCode(outeract.admin("{ webhookSubscriptions(applicationId: \""
                + tenant.applicationId() + "\") { id } }", stranger))).isEqualTo("NOT_FOUND");
    }

    private JsonNode subscribe(String key, String url, String eventTypes) {
        return data(outeract.developer(key, "mutation { createWebhookSubscription(input: {"
                + " url: \"" + url + "\", eventTypes: " + eventTypes + " }) { signingSecret"
                + " subscription { id url status eventTypes } } }"))
                .path("createWebhookSubscription");
    }

    private JsonNode mutate(String field) {
        JsonNode data = data(outeract.developer(webhookKey, "mutation { " + field + " }"));
        return data.elements().next();
    }

    private JsonNode listedSubscriptions(String key) {
        return data(outeract.developer(key, "{ webhookSubscriptions { id url status } }"))
                .path("webhookSubscriptions");
    }

    private JsonNode deliveries(JsonNode created) {
        return data(outeract.developer(webhookKey, "{ webhookDeliveries(subscriptionId: \""
                + created.path("subscription").path("id").asText() + "\") { edges { node {"
                + " id webhookId status attemptCount attempts { number statusCode outcome"
                + " responseBody latencyMillis } } } } }"))
                .path("webhookDeliveries").findValues("node").stream()
                .collect(JSON::createArrayNode, (array, node) -> array.add(node),
                        (left, right) -> left.addAll(right));
    }

    private void receiveTelegramMessage() {
        outeract.webhook(localWebhookUrl(tenant), tenant.webhookSecretToken(),
                FakeTelegram.fixtureBytes("text-message-private.json"));
    }

    private JsonNode eventOfType(String type) {
        return eventually(() -> data(outeract.developer(tenant.apiKey(), "{ events(filters: {"
                + " eventType: { eq: \"" + type + "\" } }, first: 5) { edges { node { id"
                + " payload createdAt } } } }")).path("events").findValues("node"),
                nodes -> !nodes.isEmpty()).get(0);
    }

    private List<String> eventTypesOf(Tenant someone) {
        return data(outeract.developer(someone.apiKey(),
                "{ events(first: 20) { edges { node { eventType } } } }"))
                .findValuesAsText("eventType");
    }

    private String webhookKey(Tenant owner) {
        String key = data(outeract.admin("mutation { issueApiKey(applicationId: \""
                + owner.applicationId() + "\", name: \"webhooks\", scopes: [\"webhooks:manage\"])"
                + " { key } }")).path("issueApiKey").path("key").asText();
        eventually(() -> outeract.developer(key, "{ webhookSubscriptions { id } }"),
                answer -> !answer.has("errors"));
        return key;
    }

    private static String errorCode(JsonNode answer) {
        return answer.path("errors").path(0).path("extensions").path("code").asText();
    }

    /** The receiver's check, from the Standard Webhooks specification, not from Outeract. */
    private static boolean verifies(String secret, WebhookReceiver.Call call) throws Exception {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)),
                "HmacSHA256"));
        byte[] expected = hmac.doFinal((call.id() + "." + call.timestamp() + "." + call.body())
                .getBytes(StandardCharsets.UTF_8));
        for (String signature : call.signature().split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }
}
