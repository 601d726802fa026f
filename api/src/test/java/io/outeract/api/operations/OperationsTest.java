package io.outeract.api.operations;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What operators do: watch projections, see and retry dead letters, rebuild a projection. */
class OperationsTest extends RunningServerTest {

    private static final String EVENTS =
            "{ events(first: 50) { edges { node { id eventType createdAt } } } }";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anEventTheProjectorCannotReadIsParkedWhileTheRestOfTheStreamGoesOn() {
        String poisonId = storeUnreadableEvent();
        Tenant tenant = outeract.newTenant();

        outeract.webhook(localWebhookUrl(tenant), tenant.webhookSecretToken(),
                FakeTelegram.fixtureBytes("text-message-private.json"));

        eventually(() -> data(outeract.developer(tenant.apiKey(), EVENTS)).path("events")
                .path("edges"), edges -> edges.size() == 1);
        JsonNode parked = eventually(() -> data(outeract.admin(
                        "{ deadLetters { eventIdentifier eventType cause } }"))
                        .path("deadLetters"),
                letters -> letters.findValuesAsText("eventIdentifier").contains(poisonId));
        assertThat(parked.toString()).contains("MessageReceivedEvent");
    }

    @Test
    void retryingALetterThatStillFailsKeepsItParked() {
        String poisonId = storeUnreadableEvent();
        eventually(() -> data(outeract.admin("{ deadLetters { eventIdentifier } }"))
                        .path("deadLetters").findValuesAsText("eventIdentifier"),
                ids -> ids.contains(poisonId));

        JsonNode retry = data(outeract.admin(
                "mutation { retryDeadLetters { retried remaining } }"))
                .path("retryDeadLetters");

        assertThat(retry.path("remaining").asInt()).isPositive();
        assertThat(data(outeract.admin("{ deadLetters { eventIdentifier } }")).path("deadLetters")
                .findValuesAsText("eventIdentifier")).contains(poisonId);
    }

    @Test
    void rebuildingTheEventGraphYieldsTheSameHistory() {
        Tenant tenant = outeract.newTenant();
        for (String fixture : List.of("text-message-private.json", "photo-message.json",
                "reply-message.json")) {
            outeract.webhook(localWebhookUrl(tenant), tenant.webhookSecretToken(),
                    FakeTelegram.fixtureBytes(fixture));
        }
        JsonNode before = eventually(() -> data(outeract.developer(tenant.apiKey(), EVENTS)),
                answer -> answer.path("events").path("edges").size() == 3);

        data(outeract.admin("mutation { rebuildProjection(name: \"event-graph\") { name } }"));

        eventually(this::eventGraph, this::caughtUp);
        assertThat(data(outeract.developer(tenant.apiKey(), EVENTS))).isEqualTo(before);
    }

    @Test
    void projectionsShowHowFarEachHasRead() {
        JsonNode projections = data(outeract.admin(
                "{ projections { name running segments position headPosition } }"))
                .path("projections");

        assertThat(projections.findValuesAsText("name")).contains("directory", "event-graph");
        assertThat(projections.get(0).path("headPosition").asDouble()).isPositive();
    }

    @Test
    void anAdminWhoIsNoOperatorMayNotRebuild() {
        JsonNode answer = outeract.admin(
                "mutation { rebuildProjection(name: \"event-graph\") { name } }", newAdminToken());

        assertThat(answer.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void aSideEffectGroupCannotBeRebuilt() {
        JsonNode answer = outeract.admin(
                "mutation { rebuildProjection(name: \"outbound-dispatch\") { name } }");

        assertThat(answer.path("errors").get(0).path("message").asText())
                .contains("not a projection");
    }

    private JsonNode eventGraph() {
        JsonNode projections = data(outeract.admin(
                "{ projections { name replaying caughtUp position } }")).path("projections");
        for (JsonNode projection : projections) {
            if (projection.path("name").asText().equals("event-graph")) {
                return projection;
            }
        }
        throw new AssertionError("No event-graph projection in " + projections);
    }

    private boolean caughtUp(JsonNode projection) {
        return projection.path("caughtUp").asBoolean()
                && !projection.path("replaying").asBoolean();
    }

    /** A stored event whose payload no longer reads as its type, as a botched upgrade leaves. */
    private String storeUnreadableEvent() {
        String eventId = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,
                    sequence_number, type, time_stamp, payload_type, payload_revision, payload,
                    meta_data)
                VALUES (?, ?, 0, 'InboundEvent', ?, ?, '1', ?, ?)""",
                eventId, UUID.randomUUID().toString(), Instant.now().toString(),
                "io.outeract.contract.inbound.MessageReceivedEvent",
                "{\"eventId\": \"not a uuid\", \"message\": 17}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        return eventId;
    }
}
