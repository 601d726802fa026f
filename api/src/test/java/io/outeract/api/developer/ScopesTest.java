package io.outeract.api.developer;

import static io.outeract.api.support.Outeract.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A key does what its scopes allow and nothing else; the refusal names the missing scope. */
class ScopesTest extends RunningServerTest {

    private Tenant tenant;
    private String sendOnlyKey;

    @BeforeEach
    void givenAKeyThatMaySendOnly() {
        tenant = outeract.newTenant();
        sendOnlyKey = data(outeract.admin("mutation { issueApiKey(applicationId: \""
                + tenant.applicationId() + "\", name: \"sender\", scopes: [\"messages:send\"])"
                + " { key } }")).path("issueApiKey").path("key").asText();
    }

    @Test
    void readingEventsWithoutEventsReadNamesTheMissingScope() {
        JsonNode answer = developerEventually(sendOnlyKey, "query { events(first: 1) { edges "
                + "{ node { id } } } }");

        JsonNode error = answer.path("errors").get(0);
        assertThat(error.path("message").asText()).contains("events:read");
        assertThat(error.path("extensions").path("missingScope").asText()).isEqualTo("events:read");
    }

    @Test
    void listingConnectionsWithoutConnectionsReadIsRefused() {
        JsonNode answer = developerEventually(sendOnlyKey, "query { platformConnections { id } }");

        assertThat(answer.path("errors").get(0).path("extensions").path("missingScope").asText())
                .isEqualTo("connections:read");
    }

    @Test
    void sendingWithoutMessagesSendIsRefusedAndNothingIsSent() {
        String readOnlyKey = data(outeract.admin("mutation { issueApiKey(applicationId: \""
                + tenant.applicationId() + "\", name: \"reader\", scopes: [\"events:read\"])"
                + " { key } }")).path("issueApiKey").path("key").asText();

        JsonNode answer = developerEventually(readOnlyKey, "mutation { sendMessage(input: {"
                + " connectionId: \"" + tenant.connectionId() + "\", externalChatId: \"77001\","
                + " text: \"hi\" }) { id } }");

        assertThat(answer.path("errors").get(0).path("extensions").path("missingScope").asText())
                .isEqualTo("messages:send");
        assertThat(TELEGRAM.sendsTo("77001")).isZero();
    }

    @Test
    void aRevokedKeyIsRefused() {
        String keyId = data(outeract.admin("{ application(id: \"" + tenant.applicationId()
                + "\") { apiKeys { id } } }")).path("application").path("apiKeys").get(0)
                .path("id").asText();
        data(outeract.admin("mutation { revokeApiKey(id: \"" + keyId + "\") { revoked } }"));

        int status = io.outeract.api.support.Outeract.eventually(
                () -> outeract.post("/v1", java.util.Map.of("Authorization",
                        "Bearer " + tenant.apiKey()), "{\"query\":\"{ users { id } }\"}"
                        .getBytes()).status(),
                code -> code == 401);

        assertThat(status).isEqualTo(401);
    }

    @Test
    void aMalformedKeyIsUnauthenticated() {
        int status = outeract.post("/", java.util.Map.of("Authorization", "Bearer nonsense"),
                "{\"query\":\"{ users { id } }\"}".getBytes()).status();

        assertThat(status).isEqualTo(401);
    }

    /** A new key works once its issue reaches the read model, a few milliseconds later. */
    private JsonNode developerEventually(String key, String query) {
        return io.outeract.api.support.Outeract.eventually(
                () -> outeract.post("/v1", java.util.Map.of("Authorization", "Bearer " + key),
                        ("{\"query\":" + quote(query) + "}").getBytes()),
                response -> response.status() == 200).body();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
