package io.outeract.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.faults.support.Database;
import io.outeract.faults.support.FakeTelegram;
import io.outeract.faults.support.Outeract;
import io.outeract.faults.support.ServerProcess;
import io.outeract.faults.support.StoredEvents;
import io.outeract.faults.support.TcpProxy;
import io.outeract.faults.support.Tenant;
import io.outeract.faults.support.Waiting;
import io.outeract.faults.support.WebhookLoad;
import io.outeract.faults.support.WebhookLoad.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Given steady webhook load, when PostgreSQL goes away for a while and comes back: while it is
 * away webhooks are refused with 503, so that Telegram delivers them again, and never
 * acknowledged; once it is back the same server process acknowledges them again and nothing it
 * acknowledged is lost. PostgreSQL "goes away" behind a TCP proxy; the machine's own PostgreSQL
 * keeps running.
 */
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(8);
    /** How long a writer may wait for its batch to commit; shorter than the default 10 s. */
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(3);
    /** A webhook that cannot be stored is refused once its commit timeout has passed. */
    private static final Duration PROMPT_REFUSAL = COMMIT_TIMEOUT.plusSeconds(2);
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    private static FakeTelegram telegram;
    private static TcpProxy proxy;
    private static ServerProcess server;
    private static StoredEvents stored;
    private static List<Tenant> tenants;
    private static List<Delivery> deliveries;
    private static long serverPid;
    private static long outageStarted;
    private static long outageEnded;
    private static Delivery firstAcknowledgedAfterOutage;

    @BeforeAll
    static void givenSteadyLoadWhenPostgresqlGoesAwayAndComesBack() {
        telegram = new FakeTelegram();
        proxy = new TcpProxy(Database.PORT);
        Database database = Database.recreate("outeract_fault_test");
        stored = new StoredEvents(database);
        server = ServerProcess.start("database-outage", database.name(), proxy.port(),
                telegram.baseUrl(), Map.of("OUTERACT_INGEST_COMMITTIMEOUT",
                        COMMIT_TIMEOUT.toSeconds() + "s"));
        serverPid = server.pid();
        Outeract outeract = new Outeract(server.baseUrl());
        tenants = List.of(outeract.newTenant("Outage A"), outeract.newTenant("Outage B"));
        WebhookLoad load = new WebhookLoad(outeract, tenants, 8, Duration.ofMillis(5));

        load.start();
        Waiting.eventually("the load is steady", Duration.ofSeconds(30),
                load::acknowledgedSoFar, acknowledged -> acknowledged >= 100);
        outageStarted = System.nanoTime();
        proxy.cut();
        Waiting.pause(OUTAGE);
        outageEnded = System.nanoTime();
        proxy.restore();
        firstAcknowledgedAfterOutage = Waiting.eventually(
                "a webhook sent after the outage is acknowledged", RECOVERY.plusSeconds(30),
                () -> load.deliveries().stream()
                        .filter(delivery -> delivery.startedAt() >= outageEnded)
                        .filter(Delivery::acknowledged).findFirst(),
                Optional::isPresent).orElseThrow();
        Waiting.pause(Duration.ofSeconds(1));
        deliveries = load.stop();
    }

    @AfterAll
    static void stopServer() {
        ServerProcess.stop(server);
        proxy.close();
        telegram.close();
    }

    @Test
    void noWebhookIsAcknowledgedWhilePostgresqlIsAway() {
        List<Delivery> answeredDuringOutage = deliveries.stream()
                .filter(delivery -> delivery.within(outageStarted, outageEnded)).toList();

        assertThat(answeredDuringOutage).noneMatch(Delivery::acknowledged);
    }

    @Test
    void webhooksSentWhilePostgresqlIsAwayAreRefusedPromptlyWith503() {
        long lastThatCanBeRefusedInTime = outageEnded - PROMPT_REFUSAL.toNanos();
        List<Delivery> sentDuringOutage = deliveries.stream()
                .filter(delivery -> delivery.startedAt() >= outageStarted)
                .filter(delivery -> delivery.startedAt() < lastThatCanBeRefusedInTime).toList();

        // Each sender waits for its refusal, so how many are sent depends on the machine's load;
        // that every one of them is refused promptly is what counts.
        assertThat(sentDuringOutage).as("webhooks sent in the first seconds of the outage")
                .isNotEmpty();
        assertThat(sentDuringOutage).allMatch(delivery -> delivery.status() == 503
                && delivery.took().compareTo(PROMPT_REFUSAL) <= 0,
                "answered 503 within " + PROMPT_REFUSAL.toSeconds() + " s");
    }

    @Test
    void theSameServerProcessAcknowledgesWebhooksAgainSoonAfterPostgresqlIsBack() {
        Duration recovery = Duration.ofNanos(firstAcknowledgedAfterOutage.answeredAt()
                - outageEnded);

        assertThat(recovery).isLessThanOrEqualTo(RECOVERY);
        assertThat(server.isAlive()).isTrue();
        assertThat(server.pid()).isEqualTo(serverPid);
    }

    @Test
    void nothingAcknowledgedIsLostAndNothingIsStoredTwice() {
        for (Tenant tenant : tenants) {
            Map<String, Long> events = stored.inboundEventsPerKey(tenant);
            Set<String> receipts = stored.receiptKeys(tenant);

            List<Delivery> lost = deliveries.stream().filter(Delivery::acknowledged)
                    .filter(delivery -> delivery.tenant().equals(tenant))
                    .filter(delivery -> events.getOrDefault(
                            tenant.dedupeKey(delivery.updateId()), 0L) != 1
                            || !receipts.contains(tenant.receiptKey(delivery.updateId())))
                    .toList();
            assertThat(lost).as("acknowledged but not stored exactly once").isEmpty();
            assertThat(events.values()).allMatch(count -> count == 1);
        }
    }

    @Test
    void theEventReadModelCatchesUpWithWhatWasStored() {
        for (Tenant tenant : tenants) {
            Map<String, Long> events = stored.inboundEventsPerKey(tenant);

            Waiting.eventually("the event read model holds each stored event once",
                    Duration.ofSeconds(90), () -> stored.readModelEventsPerKey(tenant),
                    events::equals);
        }
    }

}
