package io.outeract.api.operations;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An operator rebuilds the read models as of a time through the Admin API, queries the snapshot
 * for one application, and drops it; the Developer API keeps showing the live history.
 */
class AsOfServerTest extends RunningServerTest {

    private static final String EVENTS =
            "{ events(first: 50) { edges { node { id eventType } } } }";
    private static final String SNAPSHOT = "id status schemaName eventsApplied error";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSnapshotShowsTheHistoryAsItWasAndIsDroppedWithItsSchema() {
        Tenant tenant = outeract.newTenant();
        receive(tenant, "text-message-private.json", 1);
        Instant asOf = Instant.now();
        receive(tenant, "photo-message.json", 2);

        JsonNode snapshot = ready(data(outeract.admin("mutation { buildReadModelsAsOf("
                + "instant: \"" + asOf + "\") { " + SNAPSHOT + " } }"))
                .path("buildReadModelsAsOf").path("id").asText());

        JsonNode events = data(outeract.admin("{ asOfEvents(snapshotId: \"" + snapshot.path("id")
                .asText() + "\", applicationId: \"" + tenant.applicationId()
                + "\") { id eventType payload } }")).path("asOfEvents");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("eventType").asText()).isEqualTo("message.received");
        assertThat(events.get(0).path("payload").isObject()).isTrue();
        assertThat(data(outeract.admin("{ asOfUsers(snapshotId: \"" + snapshot.path("id")
                .asText() + "\", applicationId: \"" + tenant.applicationId()
                + "\") { id displayName } }")).path("asOfUsers")).hasSize(1);
        assertThat(data(outeract.developer(tenant.apiKey(), EVENTS)).path("events")
                .path("edges")).hasSize(2);

        JsonNode dropped = data(outeract.admin("mutation { dropAsOfSnapshot(id: \""
                + snapshot.path("id").asText() + "\") { status } }")).path("dropAsOfSnapshot");
        assertThat(dropped.path("status").asText()).isEqualTo("DROPPED");
        assertThat(schemaExists(snapshot.path("schemaName").asText())).isFalse();
    }

    @Test
    void onlyWhatWasCreatedAsASnapshotCanBeDropped() {
        JsonNode answer = outeract.admin("mutation { dropAsOfSnapshot(id: \""
                + UUID.randomUUID() + "\") { status } }");

        assertThat(answer.path("errors").get(0).path("message").asText())
                .contains("No as-of snapshot");
        assertThat(schemaExists("public")).isTrue();
    }

    @Test
    void anAdminWhoIsNoOperatorMayNotBuildNorList() {
        String token = newAdminToken();

        JsonNode build = outeract.admin("mutation { buildReadModelsAsOf(instant: \""
                + Instant.now() + "\") { id } }", token);
        JsonNode list = outeract.admin("{ asOfSnapshots { id } }", token);

        assertThat(build.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("FORBIDDEN");
        assertThat(list.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("FORBIDDEN");
    }

    private void receive(Tenant tenant, String fixture, int eventsThen) {
        outeract.webhook(localWebhookUrl(tenant), tenant.webhookSecretToken(),
                FakeTelegram.fixtureBytes(fixture));
        eventually(() -> data(outeract.developer(tenant.apiKey(), EVENTS)).path("events")
                .path("edges"), edges -> edges.size() == eventsThen);
    }

    private JsonNode ready(String id) {
        JsonNode snapshot = eventually(() -> {
            for (JsonNode each : data(outeract.admin("{ asOfSnapshots { " + SNAPSHOT + " } }"))
                    .path("asOfSnapshots")) {
                if (each.path("id").asText().equals(id)) {
                    return each;
                }
            }
            throw new AssertionError("No snapshot " + id + " is listed");
        }, each -> !each.path("status").asText().equals("BUILDING"));
        assertThat(snapshot.path("status").asText()).as(snapshot.toString()).isEqualTo("READY");
        return snapshot;
    }

    private boolean schemaExists(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname = ?",
                Integer.class, name) == 1;
    }
}
