package io.outeract.api.developer;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Application A's key never sees or touches anything of application B's. */
class TenancyTest extends RunningServerTest {

    private Tenant a;
    private Tenant b;
    private String eventOfB;

    @BeforeEach
    void givenTwoApplicationsEachWithAMessage() {
        a = outeract.newTenant();
        b = outeract.newTenant();
        outeract.webhook(localWebhookUrl(a), a.webhookSecretToken(),
                FakeTelegram.fixtureBytes("text-message-private.json"));
        outeract.webhook(localWebhookUrl(b), b.webhookSecretToken(),
                FakeTelegram.fixtureBytes("group-message.json"));
        eventOfB = eventually(() -> data(outeract.developer(b.apiKey(),
                        "query { events(first: 5) { edges { node { id } } } }"))
                        .path("events").path("edges"), edges -> edges.size() == 1)
                .get(0).path("node").path("id").asText();
        eventually(() -> data(outeract.developer(a.apiKey(),
                "query { events(first: 5) { edges { node { id } } } }"))
                .path("events").path("edges"), edges -> edges.size() == 1);
    }

    @Test
    void eventsOfAnotherApplicationAreInvisible() {
        JsonNode events = data(outeract.developer(a.apiKey(),
                "query { events(first: 50) { edges { node { id } } } }"));

        assertThat(events.path("events").path("edges")).hasSize(1);
        assertThat(events.toString()).doesNotContain(eventOfB);
        assertThat(data(outeract.developer(a.apiKey(), "query { event(id: \"" + eventOfB
                + "\") { id } }")).path("event").isNull()).isTrue();
    }

    @Test
    void usersAndPlatformUsersOfAnotherApplicationAreInvisible() {
        JsonNode users = data(outeract.developer(a.apiKey(),
                "query { users(first: 50) { id displayName } platformUsers(first: 50) { id } }"));
        JsonNode usersOfB = data(outeract.developer(b.apiKey(),
                "query { users(first: 50) { id } platformUsers(first: 50) { id } }"));

        for (JsonNode user : usersOfB.path("users")) {
            assertThat(users.toString()).doesNotContain(user.path("id").asText());
            assertThat(data(outeract.developer(a.apiKey(), "query { user(id: \""
                    + user.path("id").asText() + "\") { id } }")).path("user").isNull()).isTrue();
        }
        for (JsonNode platformUser : usersOfB.path("platformUsers")) {
            assertThat(users.toString()).doesNotContain(platformUser.path("id").asText());
        }
    }

    @Test
    void connectionsOfAnotherApplicationAreInvisible() {
        JsonNode connections = data(outeract.developer(a.apiKey(),
                "query { platformConnections { id } }")).path("platformConnections");

        assertThat(connections).hasSize(1);
        assertThat(connections.get(0).path("id").asText()).isEqualTo(a.connectionId());
    }

    @Test
    void sendingThroughAnotherApplicationsConnectionIsRefused() {
        JsonNode answer = outeract.developer(a.apiKey(), "mutation { sendMessage(input: {"
                + " connectionId: \"" + b.connectionId() + "\", externalChatId: \"6812345098\","
                + " text: \"hello\" }) { id } }");

        assertThat(answer.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("NOT_FOUND");
        assertThat(TELEGRAM.sendsTo("6812345098")).isZero();
    }

    @Test
    void anAdminOfAnotherOrganisationCannotTouchTheApplication() {
        JsonNode answer = outeract.admin("mutation { issueApiKey(applicationId: \""
                + b.applicationId() + "\", name: \"x\", scopes: [\"events:read\"]) { key } }",
                newAdminToken());

        assertThat(answer.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("NOT_FOUND");
    }
}
