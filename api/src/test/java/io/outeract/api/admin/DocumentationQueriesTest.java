package io.outeract.api.admin;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.Outeract;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import org.junit.jupiter.api.Test;

/** The two queries of the product's own documentation, run exactly as written there. */
class DocumentationQueriesTest extends RunningServerTest {

    @Test
    void theOrganisationOverviewShowsItsApplicationAndItsActiveTelegramConnection() {
        String token = newAdminToken();
        String organisationId = data(outeract.admin(
                "mutation { createOrganisation(name: \"Harbor Lane\") { id } }", token))
                .path("createOrganisation").path("id").asText();
        String applicationId = data(outeract.admin("mutation { createApplication(organisationId:"
                + " \"" + organisationId + "\", name: \"Support\") { id } }", token))
                .path("createApplication").path("id").asText();
        String connectionId = data(outeract.admin("mutation { connectTelegramBot(applicationId:"
                + " \"" + applicationId + "\", botToken: "
                + "\"5550001234:AAHtestTokenTestTokenTestTokenTest12\") { connection { id } } }",
                token)).path("connectTelegramBot").path("connection").path("id").asText();

        JsonNode organisation = eventually(
                () -> data(outeract.admin(Outeract.document("organisation-overview.graphql"),
                        token)).path("organisation"),
                found -> found.path("applications").path(0).path("platformConnections").path(0)
                        .path("status").asText().equals("ACTIVE"));

        assertThat(organisation.path("id").asText()).isEqualTo(organisationId);
        assertThat(organisation.path("name").asText()).isEqualTo("Harbor Lane");
        JsonNode application = organisation.path("applications").get(0);
        assertThat(application.path("id").asText()).isEqualTo(applicationId);
        assertThat(application.path("name").asText()).isEqualTo("Support");
        JsonNode connection = application.path("platformConnections").get(0);
        assertThat(connection.path("id").asText()).isEqualTo(connectionId);
        assertThat(connection.path("platformName").asText()).isEqualTo("telegram");
    }

    @Test
    void theRecentMessageEventsQueryListsAReceivedTelegramMessage() {
        Tenant tenant = outeract.newTenant();
        outeract.webhook(localWebhookUrl(tenant), tenant.webhookSecretToken(),
                FakeTelegram.fixtureBytes("text-message-private.json"));

        JsonNode edges = eventually(
                () -> data(outeract.developer(tenant.apiKey(),
                        Outeract.document("recent-message-events.graphql")))
                        .path("events").path("edges"),
                found -> found.size() == 1);

        JsonNode node = edges.get(0).path("node");
        assertThat(node.path("id").asText()).isNotBlank();
        assertThat(node.path("eventType").asText()).isEqualTo("message.received");
        assertThat(node.path("createdAt").asText()).isEqualTo("2026-03-14T17:40:00Z");
        assertThat(node.path("payload").path("message").path("text").asText())
                .isEqualTo("Hallo! Can I order a birthday cake for Sunday?");
    }
}
