package io.outeract.faults.support;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Steady webhook load, as Telegram would deliver it: a few connections posting text updates
 * with ever new update ids, spread over the tenants. It keeps the oracle: every delivery with
 * its answer, so that a test can tell what the server acknowledged from what it did not.
 */
public final class WebhookLoad {

    /** One delivery and what came of it; status -1 means no answer at all. */
    public record Delivery(Tenant tenant, long updateId, int status, long startedAt,
            long answeredAt) {

        public boolean acknowledged() {
            return status == 200;
        }

        public Duration took() {
            return Duration.ofNanos(answeredAt - startedAt);
        }

        /** Whether the whole delivery, from send to answer, fell between the two instants. */
        public boolean within(long from, long to) {
            return startedAt >= from && answeredAt <= to;
        }

        @Override
        public String toString() {
            return "update " + updateId + " -> " + (status < 0 ? "no answer" : status) + " in "
                    + took().toMillis() + " ms";
        }
    }

    private final Outeract outeract;
    private final List<Tenant> tenants;
    private final int connections;
    private final Duration pause;
    private final AtomicLong nextUpdateId = new AtomicLong(100_000);
    private final AtomicBoolean running = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    private ExecutorService senders;

    /**
     * {@code connections} concurrent senders, each waiting {@code pause} between its
     * deliveries, which keeps the load steady rather than as high as the machine allows.
     */
    public WebhookLoad(Outeract outeract, List<Tenant> tenants, int connections,
            Duration pause) {
        this.outeract = outeract;
        this.tenants = List.copyOf(tenants);
        this.connections = connections;
        this.pause = pause;
    }

    public void start() {
        running.set(true);
        senders = Executors.newFixedThreadPool(connections);
        for (int index = 0; index < connections; index++) {
            senders.execute(this::deliverUntilStopped);
        }
    }

    /** Stops the senders, waiting for the deliveries in flight to be answered. */
    public List<Delivery> stop() {
        running.set(false);
        senders.shutdown();
        try {
            if (!senders.awaitTermination(90, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Webhook deliveries still in flight after 90 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return deliveries();
    }

    public List<Delivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    public long acknowledgedSoFar() {
        return deliveries.stream().filter(Delivery::acknowledged).count();
    }

    /** Delivers one update now and records it, like any other of the load. */
    public Delivery deliverOne() {
        long updateId = nextUpdateId.getAndIncrement();
        Tenant tenant = tenants.get((int) (updateId % tenants.size()));
        return deliver(tenant, updateId);
    }

    /** Delivers an update again, as Telegram does when it got no acknowledgement. */
    public Delivery redeliver(Tenant tenant, long updateId) {
        return deliver(tenant, updateId);
    }

    private void deliverUntilStopped() {
        while (running.get()) {
            deliverOne();
            if (!pause.isZero()) {
                Waiting.pause(pause);
            }
        }
    }

    private Delivery deliver(Tenant tenant, long updateId) {
        long started = System.nanoTime();
        int status;
        try {
            status = outeract.webhook(tenant, TelegramUpdates.text(updateId,
                    senderOf(updateId), "load " + updateId)).status();
        } catch (UncheckedIOException noAnswer) {
            status = -1;
        }
        Delivery delivery = new Delivery(tenant, updateId, status, started, System.nanoTime());
        deliveries.add(delivery);
        return delivery;
    }

    /** A few dozen people write, so that platform users and users are sighted again and again. */
    public static long senderOf(long updateId) {
        return 700_000 + updateId % 37;
    }
}
