package io.outeract.api.telegram;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.FakeTelegram;
import io.outeract.api.support.Outeract;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A Telegram update posted to the running server, as Telegram posts it. */
class TelegramWebhookTest extends RunningServerTest {

    private static final byte[] TEXT_MESSAGE =
            FakeTelegram.fixtureBytes("text-message-private.json");

    @Autowired
    private JdbcTemplate jdbc;

    private Tenant tenant;

    @BeforeEach
    void givenAConnectedBot() {
        tenant = outeract.newTenant();
    }

    @Test
    void aTextUpdateBecomesAMessageReceivedEventWithItsSenderRecipientAndUser() {
        Outeract.Response answer = post(TEXT_MESSAGE);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("recorded").asInt()).isEqualTo(1);
        JsonNode event = firstEvent("event-graph.graphql");
        assertThat(event.path("eventType").asText()).isEqualTo("message.received");
        assertThat(event.path("sender").path("externalId").asText()).isEqualTo("6812345098");
        assertThat(event.path("sender").path("displayName").asText()).isEqualTo("Lena Hartmann");
        assertThat(event.path("sender").path("isBot").asBoolean()).isFalse();
        assertThat(event.path("sender").path("user").path("displayName").asText())
                .isEqualTo("Lena Hartmann");
        assertThat(event.path("recipients").get(0).path("externalId").asText())
                .isEqualTo(tenant.botId());
        assertThat(event.path("recipients").get(0).path("isBot").asBoolean()).isTrue();
        assertThat(event.path("recipients").get(0).path("user").isNull()).isTrue();
    }

    @Test
    void theSameUpdateDeliveredTwiceIsStoredOnce() {
        post(TEXT_MESSAGE);
        Outeract.Response redelivery = post(TEXT_MESSAGE);

        assertThat(redelivery.status()).isEqualTo(200);
        assertThat(redelivery.body().path("duplicates").asInt()).isEqualTo(1);
        firstEvent("event-graph.graphql");
        assertThat(storedEvents()).isEqualTo(1);
    }

    @Test
    void anUpdateKindOutsideMessagesIsKeptRawUnderItsOwnType() {
        post(FakeTelegram.fixtureBytes("callback-query.json"));

        JsonNode event = firstEvent("event-graph.graphql");
        assertThat(event.path("eventType").asText()).isEqualTo("platform.callback_query");
    }

    @Test
    void anEditIsRecordedAsMessageEdited() {
        post(FakeTelegram.fixtureBytes("edited-message.json"));

        assertThat(firstEvent("event-graph.graphql").path("eventType").asText())
                .isEqualTo("message.edited");
    }

    @Test
    void aTextWithANulCharacterIsStoredAndShown() {
        String update = "{\"update_id\":5551,\"message\":{\"message_id\":9,\"from\":{\"id\":77,"
                + "\"is_bot\":false,\"first_name\":\"Nul\"},\"chat\":{\"id\":77,"
                + "\"type\":\"private\"},\"date\":1773510000,\"text\":\"a\\u0000b\"}}";

        post(update.getBytes(StandardCharsets.UTF_8));

        JsonNode event = firstEvent("recent-message-events.graphql");
        assertThat(event.path("payload").path("message").path("text").asText())
                .isEqualTo("a\ufffdb");
    }

    @Test
    void aWrongSecretTokenIsRefusedAndStoresNothing() {
        Outeract.Response answer = outeract.webhook(localUrl(), "not-the-token", TEXT_MESSAGE);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().path("error").asText()).contains("secret token");
        assertThat(storedEvents()).isZero();
    }

    @Test
    void aMissingSecretTokenIsRefusedAndStoresNothing() {
        Outeract.Response answer = outeract.webhook(localUrl(), null, TEXT_MESSAGE);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(storedEvents()).isZero();
    }

    @Test
    void aWrongUrlSecretIsRefusedAndStoresNothing() {
        String wrongSecret = localUrl().substring(0, localUrl().lastIndexOf('/') + 1) + "guess";

        Outeract.Response answer = outeract.webhook(wrongSecret, tenant.webhookSecretToken(),
                TEXT_MESSAGE);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(storedEvents()).isZero();
    }

    @Test
    void anUnknownConnectionIsNotFound() {
        String unknown = outeract.baseUrl()
                + "/webhooks/00000000-0000-0000-0000-000000000000/secret";

        Outeract.Response answer = outeract.webhook(unknown, tenant.webhookSecretToken(),
                TEXT_MESSAGE);

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void malformedJsonIsRefusedAsBadInputAndStoresNothing() {
        Outeract.Response answer = post("{\"update_id\": 1, \"message\": {".getBytes(
                StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(storedEvents()).isZero();
    }

    @Test
    void anOversizedBodyIsRefusedAndStoresNothing() {
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');

        Outeract.Response answer = post(huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(storedEvents()).isZero();
    }

    @Test
    void aDisconnectedConnectionNoLongerAcceptsUpdates() {
        data(outeract.admin("mutation { disconnectPlatformConnection(id: \""
                + tenant.connectionId() + "\") { status } }"));

        Outeract.Response answer = post(TEXT_MESSAGE);

        assertThat(answer.status()).isEqualTo(404);
    }

    private Outeract.Response post(byte[] body) {
        return outeract.webhook(localUrl(), tenant.webhookSecretToken(), body);
    }

    private String localUrl() {
        return localWebhookUrl(tenant);
    }

    private JsonNode firstEvent(String document) {
        JsonNode edges = eventually(
                () -> data(outeract.developer(tenant.apiKey(), Outeract.document(document)))
                        .path("events").path("edges"),
                found -> found.size() > 0);
        return edges.get(0).path("node");
    }

    private int storedEvents() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry"
                + " WHERE payload_type LIKE '%inbound%' AND convert_from(payload, 'UTF8') LIKE ?",
                Integer.class, "%" + tenant.applicationId() + "%");
        return count == null ? 0 : count;
    }
}
