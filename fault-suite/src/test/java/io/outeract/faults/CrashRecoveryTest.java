package io.outeract.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.faults.support.Database;
import io.outeract.faults.support.FakeTelegram;
import io.outeract.faults.support.Outeract;
import io.outeract.faults.support.ServerProcess;
import io.outeract.faults.support.StoredEvents;
import io.outeract.faults.support.Tenant;
import io.outeract.faults.support.Waiting;
import io.outeract.faults.support.WebhookLoad;
import io.outeract.faults.support.WebhookLoad.Delivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Given steady webhook load, when the server is killed with SIGKILL and started again: what it
 * acknowledged is stored, once, and the read models catch up. The load generator is the oracle:
 * it knows which deliveries were answered 200.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryTest {

    private static final Duration CONVERGENCE = Duration.ofSeconds(60);

    private static FakeTelegram telegram;
    private static ServerProcess server;
    private static StoredEvents stored;
    private static Outeract outeract;
    private static List<Tenant> tenants;
    private static WebhookLoad load;
    private static List<Delivery> beforeRestart;
    private static long killedPid;

    @BeforeAll
    static void givenSteadyWebhookLoadWhenTheServerIsKilledAndStartedAgain() {
        telegram = new FakeTelegram();
        Database database = Database.recreate("outeract_fault_test");
        stored = new StoredEvents(database);
        server = ServerProcess.start("crash", database.name(), Database.PORT,
                telegram.baseUrl(), Map.of());
        outeract = new Outeract(server.baseUrl());
        tenants = List.of(outeract.newTenant("Crash A"), outeract.newTenant("Crash B"));
        load = new WebhookLoad(outeract, tenants, 8, Duration.ofMillis(2));

        load.start();
        Waiting.eventually("the load is steady, 400 webhooks acknowledged",
                Duration.ofSeconds(30), load::acknowledgedSoFar, count -> count >= 400);
        killedPid = server.pid();
        server.kill();
        beforeRestart = load.stop();
        server.restart();
    }

    @AfterAll
    static void stopServer() {
        ServerProcess.stop(server);
        telegram.close();
    }

    @Test
    @Order(1)
    void theServerWasKilledInTheMiddleOfTheLoad() {
        assertThat(server.pid()).isNotEqualTo(killedPid);
        assertThat(beforeRestart).filteredOn(Delivery::acknowledged).hasSizeGreaterThan(400);
        assertThat(beforeRestart).filteredOn(delivery -> !delivery.acknowledged()).isNotEmpty();
    }

    @Test
    @Order(2)
    void everyAcknowledgedWebhookIsStoredExactlyOnce() {
        for (Tenant tenant : tenants) {
            Map<String, Long> events = stored.inboundEventsPerKey(tenant);
            Set<String> receipts = stored.receiptKeys(tenant);
            List<String> missingOrDoubled = new ArrayList<>();
            for (Delivery delivery : acknowledged(beforeRestart, tenant)) {
                String key = tenant.dedupeKey(delivery.updateId());
                if (events.getOrDefault(key, 0L) != 1
                        || !receipts.contains(tenant.receiptKey(delivery.updateId()))) {
                    missingOrDoubled.add(key + " stored " + events.getOrDefault(key, 0L) + "x");
                }
            }

            assertThat(missingOrDoubled).as("acknowledged, but not stored exactly once").isEmpty();
        }
    }

    @Test
    @Order(3)
    void noUpdateIsStoredTwiceAndEveryStoredOneHasItsReceipt() {
        for (Tenant tenant : tenants) {
            Map<String, Long> events = stored.inboundEventsPerKey(tenant);

            assertThat(events.values()).allMatch(count -> count == 1);
            assertThat(stored.receipts(tenant)).isEqualTo(events.size());
        }
    }

    @Test
    @Order(4)
    void theReadModelsConvergeToTheStoredEventsAfterTheRestart() {
        for (Tenant tenant : tenants) {
            awaitReadModelsOf(tenant);
        }
    }

    @Test
    @Order(5)
    void everyUnacknowledgedUpdateDeliveredAgainIsStoredAndEveryUpdateExactlyOnce()
            throws Exception {
        Map<String, Delivery> unacknowledged = new LinkedHashMap<>();
        Set<String> acknowledgedKeys = beforeRestart.stream().filter(Delivery::acknowledged)
                .map(CrashRecoveryTest::key).collect(Collectors.toSet());
        beforeRestart.stream().filter(delivery -> !acknowledgedKeys.contains(key(delivery)))
                .forEach(delivery -> unacknowledged.putIfAbsent(key(delivery), delivery));

        List<Delivery> redelivered = redeliver(unacknowledged.values());

        assertThat(redelivered).allMatch(Delivery::acknowledged);
        for (Tenant tenant : tenants) {
            Map<String, Long> events = stored.inboundEventsPerKey(tenant);
            Set<String> attempted = beforeRestart.stream()
                    .filter(delivery -> delivery.tenant().equals(tenant))
                    .map(delivery -> tenant.dedupeKey(delivery.updateId()))
                    .collect(Collectors.toSet());
            assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(attempted);
            assertThat(events.values()).allMatch(count -> count == 1);
            awaitReadModelsOf(tenant);
        }
    }

    /** Events, participants, platform users and users all match what the event store holds. */
    private static void awaitReadModelsOf(Tenant tenant) {
        Map<String, Long> events = stored.inboundEventsPerKey(tenant);
        long senders = events.keySet().stream()
                .map(key -> WebhookLoad.senderOf(Long.parseLong(
                        key.substring(key.lastIndexOf(':') + 1))))
                .distinct().count();

        Waiting.eventually("the event read model of " + tenant.applicationId()
                        + " holds each stored event once", CONVERGENCE,
                () -> stored.readModelEventsPerKey(tenant), events::equals);
        Waiting.eventually("a sender and a recipient for each event", CONVERGENCE,
                () -> stored.participants(tenant), count -> count == 2L * events.size());
        Waiting.eventually("a platform user per sender, and the bot", CONVERGENCE,
                () -> stored.platformUsers(tenant), count -> count == senders + 1);
        Waiting.eventually("a user per sender", CONVERGENCE,
                () -> stored.users(tenant), count -> count == senders);
    }

    private static List<Delivery> redeliver(Iterable<Delivery> deliveries) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Delivery>> answers = new ArrayList<>();
            for (Delivery delivery : deliveries) {
                answers.add(senders.submit(
                        () -> load.redeliver(delivery.tenant(), delivery.updateId())));
            }
            List<Delivery> redelivered = new ArrayList<>();
            for (Future<Delivery> answer : answers) {
                redelivered.add(answer.get());
            }
            return redelivered;
        } finally {
            senders.shutdownNow();
        }
    }

    private static List<Delivery> acknowledged(List<Delivery> deliveries, Tenant tenant) {
        return deliveries.stream().filter(Delivery::acknowledged)
                .filter(delivery -> delivery.tenant().equals(tenant)).toList();
    }

    private static String key(Delivery delivery) {
        return delivery.tenant().dedupeKey(delivery.updateId());
    }
}
