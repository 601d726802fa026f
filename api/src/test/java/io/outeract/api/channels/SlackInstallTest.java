package io.outeract.api.channels;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.Outeract;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Installing Slack by OAuth v2: the admin asks for a link, the installer comes back from
 * Slack with a code and the link's state, and the connection exists with the webhook URL the
 * admin was given. A state works once; a code Slack refuses connects nothing.
 */
class SlackInstallTest extends RunningServerTest {

    private Tenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = outeract.newTenant();
    }

    @Test
    void connectsTheWorkspaceWhenSlackSendsTheInstallerBack() {
        JsonNode install = startInstall();
        Map<String, String> link = queryOf(install.path("installUrl").asText());
        String code = "w" + UUID.randomUUID().toString().substring(0, 8);

        Outeract.Response page = callback("code=" + code + "&state=" + link.get("state"));
        Outeract.Response again = callback("code=" + code + "&state=" + link.get("state"));

        assertThat(link.get("client_id")).isEqualTo("1234567890.9876543210");
        assertThat(link.get("redirect_uri"))
                .isEqualTo("https://hooks.outeract.test/oauth/slack/callback");
        assertThat(link.get("scope")).contains("chat:write");
        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.raw())).contains("Slack is connected");
        assertThat(again.status()).as("a state works once").isEqualTo(400);
        JsonNode connection = eventually(() -> connection(install), found -> found != null);
        assertThat(connection.path("platformName").asText()).isEqualTo("slack");
        assertThat(connection.path("externalAccountId").asText())
                .isEqualTo("U" + code.toUpperCase(java.util.Locale.ROOT));
        assertThat(install.path("webhookUrl").asText())
                .startsWith("https://hooks.outeract.test/webhooks/"
                        + install.path("connectionId").asText() + "/");
    }

    @Test
    void connectsNothingWhenSlackRefusesTheCodeOrTheStateIsUnknown() {
        JsonNode install = startInstall();
        String state = queryOf(install.path("installUrl").asText()).get("state");

        Outeract.Response refused = callback("code=refused&state=" + state);
        Outeract.Response unknown = callback("code=abc&state=not-a-state-we-gave");
        Outeract.Response cancelled = callback("error=access_denied&state=" + state);

        assertThat(refused.status()).isEqualTo(502);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(new String(cancelled.raw())).contains("cancelled");
        assertThat(connection(install)).isNull();
    }

    @Test
    void refusesSecretsThatAreNotSlacks() {
        JsonNode answer = outeract.admin("mutation { startSlackInstall(applicationId: \""
                + tenant.applicationId() + "\", clientId: \"not a client id\", clientSecret: "
                + "\"x\", signingSecret: \"y\") { installUrl } }");

        assertThat(answer.path("errors")).isNotEmpty();
    }

    private JsonNode startInstall() {
        return data(outeract.admin("mutation { startSlackInstall(applicationId: \""
                + tenant.applicationId() + "\", clientId: \"1234567890.9876543210\", "
                + "clientSecret: \"0123456789abcdef0123456789abcdef\", signingSecret: "
                + "\"e3b5c9a1d07f4e6a8b2c1d0f9e8a7b6c\") { installUrl redirectUrl webhookUrl "
                + "connectionId expiresAt } }")).path("startSlackInstall");
    }

    private Outeract.Response callback(String query) {
        return outeract.get("/oauth/slack/callback?" + query, Map.of());
    }

    private JsonNode connection(JsonNode install) {
        JsonNode connections = data(outeract.admin("{ application(id: \""
                + tenant.applicationId() + "\") { platformConnections { id platformName "
                + "externalAccountId status } } }")).path("application")
                .path("platformConnections");
        for (JsonNode connection : connections) {
            if (connection.path("id").asText().equals(install.path("connectionId").asText())) {
                return connection;
            }
        }
        return null;
    }

    private static Map<String, String> queryOf(String url) {
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return query;
    }
}
