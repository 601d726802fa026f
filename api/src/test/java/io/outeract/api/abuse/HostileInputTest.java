package io.outeract.api.abuse;

import static io.outeract.api.support.Outeract.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.Outeract;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a hostile or careless caller sends, refused before it can harm anyone else. */
class HostileInputTest extends RunningServerTest {

    private Tenant tenant;

    @BeforeEach
    void givenATenant() {
        tenant = outeract.newTenant();
    }

    @Test
    void aNulCharacterInAnOrganisationNameIsRefused() {
        JsonNode answer = outeract.admin(
                "mutation { createOrganisation(name: \"nul \\u0000 org\") { id } }");

        assertThat(code(answer)).isEqualTo("BAD_INPUT");
        assertThat(message(answer)).contains("control characters");
    }

    @Test
    void aNulCharacterInAMessageTextIsRefusedAndNothingIsSent() {
        JsonNode answer = outeract.developer(tenant.apiKey(), "mutation { sendMessage(input: {"
                + " connectionId: \"" + tenant.connectionId() + "\", externalChatId: \"31337\","
                + " text: \"nul \\u0000 byte\" }) { id } }");

        assertThat(code(answer)).isEqualTo("BAD_INPUT");
        assertThat(TELEGRAM.sendsTo("31337")).isZero();
    }

    @Test
    void aStormOfAliasedPagesIsRefusedBeforeItRuns() {
        String aliases = IntStream.range(0, 500)
                .mapToObj(index -> "a" + index
                        + ": events(first: 100) { edges { node { payload } } }")
                .collect(Collectors.joining(" "));

        JsonNode answer = outeract.developer(tenant.apiKey(), "{ " + aliases + " }");

        assertThat(answer.path("errors").toString()).contains("top-level fields");
        assertThat(answer.path("data").path("a0").isMissingNode()
                || answer.path("data").isNull()).isTrue();
    }

    @Test
    void aFewDeepPagesAreRefusedForTheirWeight() {
        String pages = IntStream.range(0, 15)
                .mapToObj(index -> "a" + index
                        + ": events(first: 100) { edges { node { id payload sender { id } } } }")
                .collect(Collectors.joining(" "));

        JsonNode answer = outeract.developer(tenant.apiKey(), "{ " + pages + " }");

        assertThat(answer.path("errors").toString()).containsIgnoringCase("complexity");
    }

    @Test
    void anOverlongUtf8EncodingInAWebhookIsRefused() {
        byte[] update = "{\"update_id\":77,\"message\":{\"text\":\"xx\"}}".getBytes();
        update[update.length - 5] = (byte) 0xC0;
        update[update.length - 4] = (byte) 0xAF;

        Outeract.Response answer = outeract.webhook(localWebhookUrl(tenant),
                tenant.webhookSecretToken(), update);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("error").asText()).contains("UTF-8");
    }

    @Test
    void theSameBotCannotBeConnectedTwice() {
        JsonNode answer = outeract.admin("mutation { connectTelegramBot(applicationId: \""
                + tenant.applicationId() + "\", botToken: \"" + tenant.botId()
                + ":AAHtestTokenTestTokenTestTokenTest12\") { connection { id } } }");

        assertThat(code(answer)).isEqualTo("CONFLICT");
        assertThat(message(answer)).contains("already connected");
    }

    @Test
    void aRevokedKeyIsRefusedAsSoonAsTheRevocationReturns() {
        String keyId = data(outeract.admin("{ application(id: \"" + tenant.applicationId()
                + "\") { apiKeys { id } } }")).path("application").path("apiKeys").get(0)
                .path("id").asText();

        data(outeract.admin("mutation { revokeApiKey(id: \"" + keyId + "\") { revoked } }"));

        int status = outeract.post("/v1", Map.of("Authorization", "Bearer " + tenant.apiKey()),
                "{\"query\":\"{ users { id } }\"}".getBytes()).status();
        assertThat(status).isEqualTo(401);
    }

    @Test
    void manyIdenticalSendsAtOnceAllGetTheOneMessageSentOnce() throws Exception {
        String chat = "8080" + System.nanoTime() % 100_000;
        String mutation = "mutation { sendMessage(input: { connectionId: \""
                + tenant.connectionId() + "\", externalChatId: \"" + chat + "\", text: \"once\","
                + " idempotencyKey: \"storm-" + chat + "\" }) { id } }";
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService callers = Executors.newFixedThreadPool(16);

        for (int call = 0; call < 32; call++) {
            callers.execute(() -> ids.add(data(outeract.developer(tenant.apiKey(), mutation))
                    .path("sendMessage").path("id").asText()));
        }
        callers.shutdown();
        assertThat(callers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(ids).hasSize(1);
        Outeract.eventually(() -> TELEGRAM.sendsTo(chat), sends -> sends == 1);
        Thread.sleep(500);
        assertThat(TELEGRAM.sendsTo(chat)).isEqualTo(1);
    }

    @Test
    void aWebhookWithANulInTheSendersNameIsStoredAndTheGraphGoesOn() {
        String update = new String(FakeTelegram.fixtureBytes("text-message-private.json"))
                .replace("\"first_name\":\"Lena\"", "\"first_name\":\"Le\\u0000na\"");

        outeract.webhook(localWebhookUrl(tenant), tenant.webhookSecretToken(), update.getBytes());

        JsonNode sender = Outeract.eventually(() -> data(outeract.developer(tenant.apiKey(),
                        "{ events(first: 1) { edges { node { sender { displayName } } } } }"))
                        .path("events").path("edges"), edges -> edges.size() == 1)
                .get(0).path("node").path("sender");
        assertThat(sender.path("displayName").asText()).startsWith("Le\ufffdna");
    }

    private static String code(JsonNode answer) {
        return answer.path("errors").get(0).path("extensions").path("code").asText();
    }

    private static String message(JsonNode answer) {
        return answer.path("errors").get(0).path("message").asText();
    }
}
