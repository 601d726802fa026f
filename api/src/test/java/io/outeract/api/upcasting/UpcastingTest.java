package io.outeract.api.upcasting;

import static io.outeract.api.support.Outeract.data;
import static io.outeract.api.support.Outeract.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import io.outeract.contract.inbound.MessageReceivedEvent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Event schemas evolve: a message received in revision 1, stored before messages said what
 * they hold, is read today as revision 2, with its content kind, by the event store and by the
 * projections alike.
 */
class UpcastingTest extends RunningServerTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EventStore events;

    @Test
    void readsAMessageStoredInRevisionOneWithTheContentKindOfRevisionTwo() {
        Tenant tenant = outeract.newTenant();
        UUID eventId = UUID.randomUUID();

        storeRevisionOne(tenant, eventId);

        MessageReceivedEvent read = (MessageReceivedEvent) events
                .readEvents(eventId.toString()).next().getPayload();
        assertThat(read.message().contentKind()).isEqualTo("text");
        assertThat(read.message().text()).isEqualTo("Hello from the first revision");
        JsonNode projected = eventually(() -> data(outeract.developer(tenant.apiKey(),
                "{ event(id: \"" + eventIdOfRow(eventId) + "\") { payload } }")).path("event"),
                found -> !found.isNull() && !found.isMissingNode());
        assertThat(projected.path("payload").path("message").path("contentKind").asText())
                .isEqualTo("text");
    }

    private void storeRevisionOne(Tenant tenant, UUID eventId) {
        String payload = """
                {"eventId":"%s","applicationId":"%s","connectionId":"%s","platform":"telegram",\
                "dedupeKey":"telegram:%s:update:1","message":{"externalMessageId":"42:1",\
                "externalChatId":"42","chatType":"private","sender":{"externalId":"42",\
                "displayName":"Lena","username":null,"bot":false},"recipient":{"externalId":\
                "%s","displayName":"Bot","username":null,"bot":true},"text":\
                "Hello from the first revision","attachments":[],\
                "replyToExternalMessageId":null,"threadId":null},\
                "occurredAt":"2025-05-01T10:00:00Z","receivedAt":"2025-05-01T10:00:01Z"}"""
                .formatted(eventId, tenant.applicationId(), tenant.connectionId(), eventId,
                        tenant.botId());
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,
                    sequence_number, type, time_stamp, payload_type, payload_revision, payload,
                    meta_data)
                VALUES (?, ?, 0, 'InboundEvent', '2025-05-01T10:00:01Z', ?, '1', ?, ?)""",
                eventIdOfRow(eventId), eventId.toString(), MessageReceivedEvent.class.getName(),
                payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** The stored message's own id, distinct from the inbound event's aggregate id. */
    private static String eventIdOfRow(UUID eventId) {
        return UUID.nameUUIDFromBytes(("row:" + eventId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
