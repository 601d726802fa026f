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

/** The events query: newest first, Relay pages with opaque cursors, and its filters. */
class EventsQueryTest extends RunningServerTest {

    private Tenant tenant;

    @BeforeEach
    void givenThreeUpdatesOfTwoKinds() {
        tenant = outeract.newTenant();
        for (String fixture : new String[] {"text-message-private.json", "photo-message.json",
                "callback-query.json"}) {
            outeract.webhook(localWebhookUrl(tenant), tenant.webhookSecretToken(),
                    FakeTelegram.fixtureBytes(fixture));
        }
        eventually(() -> events("first: 10"), edges -> edges.size() == 3);
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlap() {
        JsonNode firstPage = data(outeract.developer(tenant.apiKey(),
                "{ events(first: 2) { edges { node { id } cursor } pageInfo { hasNextPage "
                        + "endCursor } } }")).path("events");
        String after = firstPage.path("pageInfo").path("endCursor").asText();

        JsonNode secondPage = data(outeract.developer(tenant.apiKey(),
                "{ events(first: 2, after: \"" + after + "\") { edges { node { id } } "
                        + "pageInfo { hasNextPage hasPreviousPage } } }")).path("events");

        assertThat(firstPage.path("edges")).hasSize(2);
        assertThat(firstPage.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(secondPage.path("edges")).hasSize(1);
        assertThat(secondPage.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        assertThat(secondPage.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();
        assertThat(firstPage.toString())
                .doesNotContain(secondPage.path("edges").get(0).path("node").path("id").asText());
    }

    @Test
    void theTypeFilterKeepsOnlyMatchingTypes() {
        assertThat(events("first: 10, filters: { eventType: { contains: \"message\" } }"))
                .hasSize(2);
        assertThat(events("first: 10, filters: { eventType: { eq: \"platform.callback_query\" } }"))
                .hasSize(1);
        assertThat(events("first: 10, filters: { eventType: { startsWith: \"platform.\" } }"))
                .hasSize(1);
    }

    @Test
    void theConnectionPlatformAndTimeFiltersNarrowTheHistory() {
        assertThat(events("first: 10, filters: { connectionId: \"" + tenant.connectionId()
                + "\", platform: \"telegram\" }")).hasSize(3);
        assertThat(events("first: 10, filters: { createdAt: { before: \"2000-01-01T00:00:00Z\" }"
                + " }")).isEmpty();
    }

    @Test
    void theUserFilterFindsTheEventsOfOnePerson() {
        String userId = data(outeract.developer(tenant.apiKey(),
                "{ users(first: 10) { id displayName } }")).path("users").get(0).path("id")
                .asText();

        JsonNode ofUser = events("first: 10, filters: { userId: \"" + userId + "\" }");
        JsonNode viaUser = data(outeract.developer(tenant.apiKey(), "{ user(id: \"" + userId
                + "\") { events(first: 10) { edges { node { id } } } } }"))
                .path("user").path("events").path("edges");

        assertThat(ofUser.size()).isPositive();
        assertThat(viaUser.size()).isEqualTo(ofUser.size());
    }

    @Test
    void aForgedCursorIsRefusedAsBadInput() {
        JsonNode answer = outeract.developer(tenant.apiKey(),
                "{ events(first: 2, after: \"AAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAA\") { edges "
                        + "{ node { id } } } }");

        assertThat(answer.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("BAD_INPUT");
    }

    private JsonNode events(String arguments) {
        return data(outeract.developer(tenant.apiKey(), "{ events(" + arguments
                + ") { edges { node { id eventType } } } }")).path("events").path("edges");
    }
}
