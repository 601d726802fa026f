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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A redelivery storm: Telegram, or a proxy in front of Outeract, delivers the same updates many
 * times over, all at once. Each update is stored once, whatever the interleaving, and every
 * delivery is acknowledged, so that the storm stops.
 */
class RedeliveryStormTest {

    private static final int UPDATES = 50;
    private static final int COPIES = 20;

    private static FakeTelegram telegram;
    private static ServerProcess server;
    private static StoredEvents stored;
    private static Outeract outeract;

    @BeforeAll
    static void givenARunningServer() {
        telegram = new FakeTelegram();
        Database database = Database.recreate("outeract_fault_test");
        stored = new StoredEvents(database);
        server = ServerProcess.start("redelivery-storm", database.name(), Database.PORT,
                telegram.baseUrl(), Map.of());
        outeract = new Outeract(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        ServerProcess.stop(server);
        telegram.close();
    }

    @Test
    void theSameUpdatesDeliveredManyTimesAtOnceAreEachStoredOnceAndEveryDeliveryIsAcknowledged()
            throws Exception {
        Tenant tenant = outeract.newTenant("Storm");
        List<Long> updateIds = LongStream.range(1, UPDATES + 1).boxed().toList();

        List<JsonNode> answers = deliverConcurrently(storm(tenant, updateIds));

        assertThat(answers).hasSize(UPDATES * COPIES).allMatch(answer -> answer.path("ok")
                .asBoolean());
        assertThat(answers.stream().mapToInt(answer -> answer.path("recorded").asInt()).sum())
                .isEqualTo(UPDATES);
        assertThat(answers.stream().mapToInt(answer -> answer.path("duplicates").asInt()).sum())
                .isEqualTo(UPDATES * (COPIES - 1));
        assertStoredOnceEach(tenant, updateIds);
    }

    @Test
    void theSameUpdateIdsOnTwoBotsAreTwoUpdatesEachStoredOnceForItsOwnApplication()
            throws Exception {
        Tenant first = outeract.newTenant("Storm first");
        Tenant second = outeract.newTenant("Storm second");
        List<Long> updateIds = LongStream.range(1, 21).boxed().toList();
        List<Callable<JsonNode>> deliveries = new ArrayList<>(storm(first, updateIds));
        deliveries.addAll(storm(second, updateIds));
        Collections.shuffle(deliveries, new Random(3));

        List<JsonNode> answers = deliverConcurrently(deliveries);

        assertThat(answers).allMatch(answer -> answer.path("ok").asBoolean());
        assertStoredOnceEach(first, updateIds);
        assertStoredOnceEach(second, updateIds);
    }

    /** Every update {@code COPIES} times, in an order that mixes the copies. */
    private static List<Callable<JsonNode>> storm(Tenant tenant, List<Long> updateIds) {
        List<Callable<JsonNode>> deliveries = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (long updateId : updateIds) {
                byte[] update = TelegramUpdates.text(updateId, 4242, "again and again");
                deliveries.add(() -> outeract.webhook(tenant, update).json());
            }
        }
        Collections.shuffle(deliveries, new Random(updateIds.size()));
        return deliveries;
    }

    private static List<JsonNode> deliverConcurrently(List<Callable<JsonNode>> deliveries)
            throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(32);
        try {
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> answer : senders.invokeAll(deliveries)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }

    private static void assertStoredOnceEach(Tenant tenant, List<Long> updateIds) {
        Map<String, Long> expected = updateIds.stream().collect(Collectors.toMap(
                tenant::dedupeKey, updateId -> 1L));

        assertThat(stored.inboundEventsPerKey(tenant)).isEqualTo(expected);
        assertThat(stored.receipts(tenant)).isEqualTo(updateIds.size());
        Waiting.eventually("the event read model holds each update once",
                Duration.ofSeconds(30), () -> stored.readModelEventsPerKey(tenant),
                expected::equals);
        JsonNode events = data(outeract.developer(tenant.apiKey(),
                "{ events(first: 100) { edges { node { id eventType } } } }"))
                .path("events").path("edges");
        assertThat(events).hasSize(updateIds.size());
    }
}
