package io.outeract.faults;

import static io.outeract.faults.support.Outeract.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.faults.support.Database;
import io.outeract.faults.support.FakeTelegram;
import io.outeract.faults.support.Outeract;
import io.outeract.faults.support.ServerProcess;
import io.outeract.faults.support.StoredEvents;
import io.outeract.faults.support.TelegramUpdates;
import io.outeract.faults.support.Tenant;
import io.outeract.faults.support.Waiting;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A poison event: one the event-graph projectors fail on every time. It is parked as a dead
 * letter, the rest of the stream goes on, and an operator sees it in the Admin API and, once
 * the cause is gone, retries it.
 *
 * <p>The poison is made in the read model's store, where such failures come from: a trigger on
 * the {@code event} table refuses rows whose text holds a marker, as a constraint added by a
 * migration, or a full disk, would refuse them. The event itself is an ordinary Telegram update,
 * acknowledged and stored like any other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoisonEventTest {

    /** The event-graph's segments, application.yml's initial-segment-count. */
    private static final int SEGMENTS = 4;
    private static final String MARKER = "POISON-PILL";
    private static final Duration PROJECTED = Duration.ofSeconds(30);

    private static FakeTelegram telegram;
    private static ServerProcess server;
    private static Database database;
    private static StoredEvents stored;
    private static Outeract outeract;
    private static Tenant poisoned;
    private static Tenant neighbour;
    private static Tenant other;
    private static String poisonEventId;

    @BeforeAll
    static void givenAPoisonEventAmongOrdinaryOnes() {
        telegram = new FakeTelegram();
        database = Database.recreate("outeract_fault_test");
        stored = new StoredEvents(database);
        server = ServerProcess.start("poison-event", database.name(), Database.PORT,
                telegram.baseUrl(), Map.of());
        outeract = new Outeract(server.baseUrl());
        poisoned = outeract.newTenant("Poisoned");
        neighbour = tenantInSegment(segmentOf(poisoned), true);
        other = tenantInSegment(segmentOf(poisoned), false);
        refuseRowsWithTheMarker();

        deliver(poisoned, 1, "an ordinary message before");
        deliver(poisoned, 2, "a message that is " + MARKER);
        deliver(poisoned, 3, "an ordinary message after");
        deliver(neighbour, 1, "a message of the neighbour");
        deliver(other, 1, "a message of another segment");
        poisonEventId = database.strings("SELECT event_identifier FROM domain_event_entry"
                + " WHERE convert_from(payload, 'UTF8') LIKE ?", "%" + MARKER + "%").get(0);
    }

    @AfterAll
    static void stopServer() {
        ServerProcess.stop(server);
        telegram.close();
    }

    @Test
    @Order(1)
    void eventsOfConnectionsInOtherSegmentsGoOnBeingProjected() {
        awaitProjected(other, 1);
    }

    @Test
    @Order(2)
    void eventsOfAConnectionThatSharesThePoisonedSegmentGoOnBeingProjected() {
        awaitProjected(neighbour, 1);
    }

    @Test
    @Order(3)
    void thePoisonEventIsParkedAsADeadLetterThatAnOperatorCanSee() {
        JsonNode letter = Waiting.eventually("the poison event is a dead letter", PROJECTED,
                PoisonEventTest::deadLetters, letters -> letters.findValuesAsText(
                        "eventIdentifier").contains(poisonEventId));

        JsonNode poison = letter.findParents("eventIdentifier").stream()
                .filter(node -> node.path("eventIdentifier").asText().equals(poisonEventId))
                .findFirst().orElseThrow();
        assertThat(poison.path("processingGroup").asText()).isEqualTo("event-graph");
        // Axon keys a sequence by the hash of its identifier, here the connection id's.
        assertThat(poison.path("sequenceIdentifier").asText())
                .isEqualTo(String.valueOf(java.util.UUID.fromString(poisoned.connectionId())
                        .hashCode()));
        assertThat(poison.path("eventType").asText()).contains("MessageReceived");
        assertThat(poison.path("cause").asText()).contains("refused by the fault suite");
        assertThat(stored.readModelEventsPerKey(poisoned)).doesNotContainKey(
                poisoned.dedupeKey(2));
    }

    @Test
    @Order(4)
    void onceTheCauseIsGoneAnOperatorRetriesItAndItAndTheEventsBehindItAreProjected() {
        database.execute("DROP TRIGGER fault_suite_poison ON event");

        JsonNode retry = data(outeract.admin("mutation { retryDeadLetters("
                + "processingGroup: \"event-graph\") { retried remaining } }"))
                .path("retryDeadLetters");

        assertThat(retry.path("retried").asInt()).isPositive();
        assertThat(retry.path("remaining").asInt()).isZero();
        awaitProjected(poisoned, 3);
        assertThat(deadLetters()).isEmpty();
    }

    private static JsonNode deadLetters() {
        return data(outeract.admin("{ deadLetters(processingGroup: \"event-graph\") { id "
                + "processingGroup sequenceIdentifier eventType eventIdentifier cause } }"))
                .path("deadLetters");
    }

    private static void awaitProjected(Tenant tenant, int events) {
        Waiting.eventually(events + " events of " + tenant.connectionId() + " projected",
                PROJECTED, () -> stored.readModelEventsPerKey(tenant).size(),
                projected -> projected == events);
    }

    private static void deliver(Tenant tenant, long updateId, String text) {
        int status = outeract.webhook(tenant, TelegramUpdates.text(updateId, 4242, text))
                .status();
        assertThat(status).as("webhook " + updateId + " acknowledged").isEqualTo(200);
    }

    /**
     * The event graph is sequenced by connection, and Axon puts a sequence in the segment
     * {@code hashCode & (segments - 1)}: a neighbour shares the poisoned connection's segment.
     */
    private static Tenant tenantInSegment(int segment, boolean same) {
        for (int attempt = 0; attempt < 40; attempt++) {
            Tenant tenant = outeract.newTenant((same ? "Neighbour " : "Other ") + attempt);
            if ((segmentOf(tenant) == segment) == same) {
                return tenant;
            }
        }
        throw new IllegalStateException("No connection " + (same ? "in" : "outside")
                + " segment " + segment + " after 40 tries");
    }

    private static int segmentOf(Tenant tenant) {
        return UUID.fromString(tenant.connectionId()).hashCode() & (SEGMENTS - 1);
    }

    private static void refuseRowsWithTheMarker() {
        database.execute("""
                CREATE FUNCTION fault_suite_poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.payload::text LIKE '%%%s%%' THEN
                        RAISE EXCEPTION 'This event is refused by the fault suite';
                    END IF;
                    RETURN NEW;
                END $$""".formatted(MARKER));
        database.execute("CREATE TRIGGER fault_suite_poison BEFORE INSERT ON event"
                + " FOR EACH ROW EXECUTE FUNCTION fault_suite_poison()");
    }
}
