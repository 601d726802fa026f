package bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Closed-loop and fixed-rate (open-loop) load over keep-alive connections of {@link RawHttp}. */
final class Load {

    /** One request and what to do with its answer. */
    interface Shot {
        RawHttp.Request request();

        void answered(int status, String body);

        default void failed(Throwable failure) {
        }
    }

    /** What a run measured. */
    static final class Run {
        final Stats latency = new Stats();
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        final Map<String, String> firstErrors = new ConcurrentHashMap<>();
        long measuredCompletions;
        double measuredSeconds;
        long scheduled;
        long skippedOverload;
        int connections;

        double perSecond() {
            return measuredSeconds <= 0 ? 0 : measuredCompletions / measuredSeconds;
        }

        void outcome(String name) {
            outcomes.computeIfAbsent(name, k -> new LongAdder()).increment();
        }

        void error(Throwable failure) {
            String name = "error_" + failure.getClass().getSimpleName();
            outcome(name);
            firstErrors.putIfAbsent(name, String.valueOf(failure.getMessage()));
        }

        Map<String, Long> outcomeCounts() {
            Map<String, Long> out = new LinkedHashMap<>();
            outcomes.forEach((name, adder) -> out.put(name, adder.sum()));
            return out;
        }

        boolean onlySuccesses() {
            return outcomes.keySet().stream().allMatch(name -> name.equals("http_200"));
        }

        Map<String, Object> summary() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("per_second", Stats.round(perSecond()));
            out.put("measured_completions", measuredCompletions);
            out.put("measured_seconds", Stats.round(measuredSeconds));
            out.put("connections", connections);
            if (scheduled > 0) {
                out.put("scheduled", scheduled);
                out.put("skipped_overload", skippedOverload);
            }
            out.put("outcomes", outcomeCounts());
            if (!firstErrors.isEmpty()) {
                out.put("first_errors", new LinkedHashMap<>(firstErrors));
            }
            out.put("latency", latency.summary());
            return out;
        }
    }

    private final String host;
    private final int port;

    Load(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * {@code concurrency} connections, each sending its next request when the last is answered,
     * for warmup + seconds; throughput and latencies count what completed after the warmup.
     */
    Run closedLoop(Supplier<Shot> shots, int concurrency, int warmupSeconds, int seconds)
            throws InterruptedException {
        Run run = new Run();
        run.connections = concurrency;
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        LongAdder measured = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            Thread thread = new Thread(() -> {
                try (RawHttp connection = new RawHttp(host, port)) {
                    while (System.nanoTime() < end) {
                        Shot shot = shots.get();
                        long sent = System.nanoTime();
                        try {
                            RawHttp.Response response = connection.send(shot.request());
                            long done = System.nanoTime();
                            shot.answered(response.status(), response.body());
                            run.outcome("http_" + response.status());
                            if (done >= measureFrom && done < end) {
                                measured.increment();
                                run.latency.add(done - sent);
                            }
                        } catch (Exception e) {
                            shot.failed(e);
                            run.error(e);
                            connection.close();
                        }
                    }
                }
            }, "closed-loop-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(warmupSeconds + seconds + 60L));
        }
        run.measuredCompletions = measured.sum();
        run.measuredSeconds = (end - measureFrom) / 1e9;
        return run;
    }

    Run openLoop(Supplier<Shot> shots, int rate, int warmupSeconds, int seconds, int connections)
            throws InterruptedException {
        return openLoop(shots, rate, warmupSeconds, seconds, connections, () -> false);
    }

    private record Ticket(long scheduled, boolean counted, Shot shot) {
    }

    private static final Ticket POISON = new Ticket(0, false, null);

    /**
     * Requests at a fixed rate for warmup + seconds, each due at its scheduled time whether or
     * not earlier ones were answered, and sent by the first of {@code connections} idle workers;
     * latency is from the scheduled time, so a stall counts in full for every request it delays
     * (no coordinated omission). Stops sending early once {@code stop} says so.
     */
    Run openLoop(Supplier<Shot> shots, int rate, int warmupSeconds, int seconds, int connections,
            BooleanSupplier stop) throws InterruptedException {
        Run run = new Run();
        run.connections = connections;
        LinkedBlockingQueue<Ticket> due = new LinkedBlockingQueue<>();
        LongAdder measured = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            Thread worker = new Thread(() -> {
                try (RawHttp connection = new RawHttp(host, port)) {
                    while (true) {
                        Ticket ticket = due.take();
                        if (ticket == POISON) {
                            return;
                        }
                        try {
                            RawHttp.Response response = connection.send(ticket.shot().request());
                            long now = System.nanoTime();
                            ticket.shot().answered(response.status(), response.body());
                            run.outcome("http_" + response.status());
                            if (ticket.counted()) {
                                measured.increment();
                                run.latency.add(now - ticket.scheduled());
                            }
                        } catch (Exception e) {
                            ticket.shot().failed(e);
                            run.error(e);
                            connection.close();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "open-loop-" + w);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        long total = (long) rate * (warmupSeconds + seconds);
        long warmupCount = (long) rate * warmupSeconds;
        double interval = 1e9 / rate;
        long start = System.nanoTime() + 10_000_000L;
        long sent = 0;
        long measuredScheduled = 0;
        // More than 30 s of requests waiting for a worker: the server is not keeping up at all.
        long backlogLimit = Math.max(1000L, rate * 30L);
        for (long i = 0; i < total; i++) {
            if (stop.getAsBoolean()) {
                break;
            }
            long scheduled = start + (long) (i * interval);
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            sent = i + 1;
            if (i >= warmupCount) {
                measuredScheduled++;
            }
            if (due.size() > backlogLimit) {
                run.skippedOverload++;
                run.outcome("skipped_overload");
                continue;
            }
            due.add(new Ticket(scheduled, i >= warmupCount, shots.get()));
        }
        long lastScheduled = start + (long) (Math.max(sent, warmupCount) * interval);
        for (int w = 0; w < connections; w++) {
            due.add(POISON);
        }
        for (Thread worker : workers) {
            worker.join(90_000);
        }
        run.scheduled = measuredScheduled;
        run.measuredCompletions = measured.sum();
        run.measuredSeconds = Math.max(0,
                (lastScheduled - (start + (long) (warmupCount * interval))) / 1e9);
        return run;
    }

    static RawHttp.Request webhook(Tenants.Connection connection, String secretToken,
            String body) {
        return RawHttp.Request.postJson(connection.path(), Map.of(
                "Content-Type", "application/json",
                "X-Telegram-Bot-Api-Secret-Token", secretToken), body);
    }
}
