package bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of issue #3: starts the server, measures ingestion, visibility, sending, the
 * events query and a replay beside the HTTP and PostgreSQL ceilings of the same run, and writes
 * the figures as JSON and as a table. Every loop is bounded in count and in time.
 */
public final class Main {

    private static final String INBOUND_TYPE = "InboundEvent";
    private static final List<String> EVENT_GRAPH_EVENT_TYPES = List.of(
            "io.outeract.contract.inbound.MessageReceivedEvent",
            "io.outeract.contract.inbound.MessageEditedEvent",
            "io.outeract.contract.inbound.PlatformEventReceivedEvent",
            "io.outeract.contract.outbound.MessageSendRequestedEvent",
            "io.outeract.contract.outbound.MessageSentEvent",
            "io.outeract.contract.outbound.MessageSendRetryScheduledEvent",
            "io.outeract.contract.outbound.MessageFailedEvent");
    private static final String EVENTS_SELECTION =
            "edges { node { id eventType createdAt payload } cursor } "
                    + "pageInfo { hasNextPage endCursor }";

    private final Config config = new Config();
    private final Report report;
    private final Webhooks webhooks;
    private FakeTelegram fake;
    private Db db;
    private ServerProcess server;
    private Http http;
    private Tenants tenants;
    private Load load;
    private final int openLoopConnections = Config.integer("BENCH_OPEN_LOOP_CONNECTIONS", 256);

    // Baselines of this run, for the ratios.
    private double httpCeilingPerSecond = Double.NaN;
    private double httpFixedRateP99 = Double.NaN;
    private double httpFixedRateP50 = Double.NaN;
    private double httpFixedRateMax = Double.NaN;
    private double pgCeilingPerSecond = Double.NaN;
    private double idleRssMib = Double.NaN;

    private Main() {
        report = new Report(machine(), Instant.now().toString(), configSummary());
        webhooks = new Webhooks(config.baseUrl(), config.correspondents, config.dedupSample);
        load = new Load("127.0.0.1", config.port);
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        int exit = main.run();
        System.exit(exit);
    }

    private int run() throws Exception {
        Instant started = Instant.now();
        Path results = config.resultsDir.resolve(
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                        .format(started) + (config.quick ? "-quick" : "") + ".json");
        boolean serverUp = false;
        try {
            fake = new FakeTelegram();
            db = new Db(config);
            phase("server", this::startServer);
            serverUp = server != null && server.alive();
            if (serverUp) {
                phase("setup", this::setUp);
            }
            if (tenants == null) {
                serverUp = false;
                report.figure("setup", "skipped", "the remaining phases", "")
                        .notMeasured("no tenants could be set up (see setup)");
            } else {
                phase("warmup", this::warmUp);
                phase("baselines", this::baselines);
                phase("ingestion", this::ingestion);
                phase("visibility", this::visibility);
                phase("sending", this::sending);
                phase("query", this::query);
                phase("replay", this::replay);
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (fake != null) {
                fake.close();
            }
            report.put("finished", Instant.now().toString());
            report.put("total_seconds", Stats.round(
                    Duration.between(started, Instant.now()).toMillis() / 1000.0));
            report.write(results);
            System.out.println();
            System.out.println("Outeract benchmark" + (config.quick ? " (quick mode: scaled down,"
                    + " see config in the JSON)" : "") + ", " + Runtime.getRuntime()
                    .availableProcessors() + " cores, shared machine: read ratios, not absolutes");
            System.out.println(report.table());
            System.out.println("JSON: " + results);
        }
        return serverUp ? 0 : 1;
    }

    private interface Step {
        void run() throws Exception;
    }

    /** A phase that fails is reported as such; the next phases still run where they can. */
    private void phase(String name, Step step) {
        long start = System.nanoTime();
        log("phase " + name + " ...");
        try {
            step.run();
            report.detail(name, "phase_seconds", Stats.round((System.nanoTime() - start) / 1e9));
            log("phase " + name + " done in " + Math.round((System.nanoTime() - start) / 1e9)
                    + " s");
        } catch (Exception | AssertionError failure) {
            log("phase " + name + " FAILED: " + failure);
            failure.printStackTrace(System.out);
            report.detail(name, "failed", failure.toString());
            report.figure(name, "error", "phase failed", "")
                    .notMeasured(Http.abbreviate(failure.toString()));
        }
    }

    // ---------------------------------------------------------------------------------------

    private void startServer() throws Exception {
        server = ServerProcess.start(config, fake.baseUrl(), "server.log");
        double seconds = server.awaitLive(Duration.ofSeconds(180));
        http = new Http(config.baseUrl());
        report.detail("server", "pid", server.pid());
        report.detail("server", "log", server.log().toString());
        report.detail("server", "seconds_to_livez", Stats.round(seconds));
        report.detail("server", "java_opts", config.javaOpts);
    }

    private void setUp() throws Exception {
        long start = System.nanoTime();
        tenants = Tenants.create(config, http);
        report.detail("setup", "seconds", Stats.round((System.nanoTime() - start) / 1e9));
        report.detail("setup", "organisations", tenants.organisations);
        report.detail("setup", "ingest_applications", tenants.ingest.size());
        report.detail("setup", "ingest_connections", tenants.ingestConnections.size());
        report.detail("setup", "query_applications", tenants.query.size());
        // Registration of the webhooks happens a moment after each connect.
        int active = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        do {
            Thread.sleep(500);
            active = 0;
            for (Tenants.App app : tenants.ingest) {
                active += tenants.activeConnections(app);
            }
        } while (active < tenants.ingestConnections.size() && System.nanoTime() < deadline);
        report.detail("setup", "ingest_connections_active", active);
        Thread.sleep(1000);
        idleRssMib = Procs.statusKb(server.pid(), "VmRSS") / 1024.0;
        report.detail("setup", "idle_vm_rss_mib", Stats.round(idleRssMib));
    }

    // ---------------------------------------------------------------------------------------

    /** Unmeasured traffic through the hot paths, so that the JIT has compiled them. */
    private void warmUp() throws Exception {
        int seconds = Config.integer("BENCH_SERVER_WARMUP_SECONDS", config.quick ? 10 : 20);
        Load.Run webhookRun = load.closedLoop(() -> webhooks.next(tenants.ingestConnections),
                config.concurrency, 0, seconds);
        RawHttp.Request livez = RawHttp.Request.get("/livez");
        Load.Run livezRun = load.closedLoop(() -> ok(livez), config.concurrency, 0,
                Math.max(2, seconds / 4));
        try (RawHttp raw = new RawHttp("127.0.0.1", config.port)) {
            for (int i = 0; i < 200; i++) {
                graphql(raw, tenants.ingest.get(i % tenants.ingest.size()).apiKey(),
                        "{ events(first: 10) { " + EVENTS_SELECTION + " } }", null);
            }
        }
        double drained = drain(webhooks.recorded.sum());
        report.detail("warmup", "seconds", seconds);
        report.detail("warmup", "webhooks", webhookRun.summary());
        report.detail("warmup", "livez", livezRun.summary());
        report.detail("warmup", "projection_catch_up_s", Stats.round(drained));
    }

    // ---------------------------------------------------------------------------------------

    private void baselines() throws Exception {
        RawHttp.Request request = RawHttp.Request.get("/livez");
        Procs.CpuSplit cpu = new Procs.CpuSplit(server.pid(), config.dbName).start();
        Load.Run ceiling = load.closedLoop(() -> ok(request), config.concurrency,
                config.warmupSeconds, config.seconds);
        report.detail("baselines", "http_ceiling_cpu", cpu.stop());
        httpCeilingPerSecond = ceiling.perSecond();
        report.detail("baselines", "http_ceiling_closed_loop", ceiling.summary());
        report.figure("baselines", "http_ceiling", "HTTP ceiling, GET /livez, "
                        + config.concurrency + " in flight", "req/s")
                .value(httpCeilingPerSecond);

        Load.Run fixed = load.openLoop(() -> ok(request), config.rate, config.warmupSeconds,
                config.seconds, openLoopConnections);
        httpFixedRateP50 = fixed.latency.percentileMs(0.50);
        httpFixedRateP99 = fixed.latency.percentileMs(0.99);
        httpFixedRateMax = fixed.latency.maxMs();
        report.detail("baselines", "http_ceiling_fixed_rate", fixed.summary());
        report.figure("baselines", "http_fixed_rate_p99", "GET /livez p99 at "
                        + config.rate + "/s", "ms")
                .value(httpFixedRateP99);

        pgCeilingPerSecond = pgCeiling();
        report.figure("baselines", "pg_ceiling", "PostgreSQL ceiling, single-row insert "
                        + "transactions, " + config.pgbenchClients + " clients", "tx/s")
                .value(pgCeilingPerSecond);
    }

    private static Load.Shot ok(RawHttp.Request request) {
        return new Load.Shot() {
            @Override
            public RawHttp.Request request() {
                return request;
            }

            @Override
            public void answered(int status, String body) {
            }
        };
    }

    private double pgCeiling() throws Exception {
        db.execute("DROP TABLE IF EXISTS bench_pg_ceiling");
        db.execute("CREATE TABLE bench_pg_ceiling (id bigserial PRIMARY KEY, "
                + "event_identifier text NOT NULL UNIQUE, payload bytea NOT NULL, "
                + "created_at timestamptz NOT NULL DEFAULT now())");
        Path script = config.repo.resolve("bench/pgbench-insert.sql");
        Procs.CpuSplit cpu = new Procs.CpuSplit(server.pid(), config.dbName).start();
        double tps;
        if (onPath("pgbench")) {
            List<String> command = List.of("pgbench", "-n", "-c",
                    Integer.toString(config.pgbenchClients), "-j", "2", "-T",
                    Integer.toString(config.pgbenchSeconds), "-f", script.toString(),
                    "-h", config.dbHost, "-p", Integer.toString(config.dbPort),
                    "-U", config.dbUser, config.dbName);
            Process pgbench = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(pgbench.getInputStream().readAllBytes());
            if (!pgbench.waitFor(config.pgbenchSeconds + 60L, TimeUnit.SECONDS)
                    || pgbench.exitValue() != 0) {
                throw new IOException("pgbench failed: " + output);
            }
            Matcher match = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)")
                    .matcher(output);
            if (!match.find()) {
                throw new IOException("pgbench printed no tps: " + output);
            }
            tps = Double.parseDouble(match.group(1));
            Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
            report.detail("baselines", "pgbench_tool", "pgbench");
            report.detail("baselines", "pgbench_command", String.join(" ", command));
            if (latency.find()) {
                report.detail("baselines", "pgbench_latency_average_ms",
                        Double.parseDouble(latency.group(1)));
            }
        } else {
            tps = jdbcInsertLoop();
            report.detail("baselines", "pgbench_tool",
                    "pgbench not found: an equivalent JDBC loop (" + config.pgbenchClients
                            + " connections, autocommit single-row inserts)");
        }
        report.detail("baselines", "pg_ceiling_cpu", cpu.stop());
        db.execute("DROP TABLE IF EXISTS bench_pg_ceiling");
        return tps;
    }

    private double jdbcInsertLoop() throws Exception {
        AtomicLong inserts = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.pgbenchSeconds);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < config.pgbenchClients; i++) {
            Thread thread = new Thread(() -> {
                try (Db own = new Db(config)) {
                    while (System.nanoTime() < end) {
                        own.update("INSERT INTO bench_pg_ceiling (event_identifier, payload) "
                                + "VALUES (gen_random_uuid()::text, convert_to(repeat('x', 600),"
                                + " 'UTF8'))");
                        inserts.incrementAndGet();
                    }
                } catch (Exception e) {
                    log("JDBC insert loop: " + e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(config.pgbenchSeconds + 30L));
        }
        return inserts.get() / (double) config.pgbenchSeconds;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------

    private long storedInbound() throws Exception {
        return db.count("SELECT count(*) FROM domain_event_entry WHERE type = ?", INBOUND_TYPE);
    }

    private long receipts() throws Exception {
        return db.count("SELECT count(*) FROM inbound_receipt");
    }

    private long projectedReceived(Db on) throws Exception {
        return on.count("SELECT count(*) FROM event WHERE event_type = 'message.received'");
    }

    /** Waits until the read model holds every acknowledged update; answers the seconds. */
    private double drain(long expected) throws Exception {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(config.drainTimeoutSeconds);
        long projected;
        while ((projected = projectedReceived(db)) < expected && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        if (projected < expected) {
            return Double.NaN;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Acknowledged minus projected, sampled every second while load runs. */
    private final class LagSampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long maxLag;
        private final List<Long> lags = new ArrayList<>();

        LagSampler() {
            thread = new Thread(() -> {
                try (Db own = new Db(config)) {
                    while (running) {
                        long lag = webhooks.recorded.sum() - projectedReceived(own);
                        synchronized (lags) {
                            lags.add(lag);
                        }
                        maxLag = Math.max(maxLag, lag);
                        Thread.sleep(1000);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    log("lag sampler: " + e);
                }
            }, "lag-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        Map<String, Object> summary() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("max_lag_events", maxLag);
            synchronized (lags) {
                out.put("lag_each_second", new ArrayList<>(lags));
            }
            return out;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join(5000);
        }
    }

    private void ingestion() throws Exception {
        List<Tenants.Connection> connections = tenants.ingestConnections;
        Procs.MemorySampler memory = new Procs.MemorySampler(server.pid());
        try {
            // Throughput: closed loop.
            long storedBefore = storedInbound();
            Procs.CpuSplit cpu = new Procs.CpuSplit(server.pid(), config.dbName).start();
            Load.Run throughput;
            LagSampler lag = new LagSampler();
            try {
                throughput = load.closedLoop(() -> webhooks.next(connections),
                        config.concurrency, config.warmupSeconds, config.seconds);
            } finally {
                lag.close();
            }
            report.detail("ingestion", "throughput_cpu", cpu.stop());
            long ackedAtStop = webhooks.recorded.sum();
            long projectedAtStop = projectedReceived(db);
            double drainSeconds = drain(ackedAtStop);
            report.detail("ingestion", "throughput_closed_loop", throughput.summary());
            report.detail("ingestion", "throughput_projection_lag", lag.summary());
            report.detail("ingestion", "acknowledged_after_throughput_run", ackedAtStop);
            report.detail("ingestion", "projection_lag_at_load_stop_events",
                    ackedAtStop - projectedAtStop);
            report.detail("ingestion", "stored_during_throughput_run",
                    storedInbound() - storedBefore);
            report.figure("ingestion", "webhooks_per_second", "Telegram webhooks acknowledged "
                            + "(stored), " + config.concurrency + " in flight", "webhooks/s")
                    .value(throughput.perSecond())
                    .baseline("PostgreSQL ceiling", pgCeilingPerSecond)
                    .atLeast(5000)
                    .notes("also " + ratioText(throughput.perSecond(), httpCeilingPerSecond)
                            + " of the HTTP ceiling (" + fmt(httpCeilingPerSecond)
                            + " req/s); non-200 answers: " + (throughput.outcomes.size() > 1
                            ? throughput.summary().get("outcomes") : "none"));
            report.figure("ingestion", "throughput_run_p99", "acknowledgement p99 in the "
                            + "closed loop", "ms")
                    .value(throughput.latency.percentileMs(0.99));
            report.figure("ingestion", "projection_catch_up", "projections: time after load "
                            + "stops until every acknowledged event is in the read model", "s")
                    .value(drainSeconds)
                    .check(!Double.isNaN(drainSeconds)
                                    && ackedAtStop - projectedAtStop < throughput.perSecond(),
                            "lag at stop < 1 s of acknowledgements")
                    .notes(Double.isNaN(drainSeconds) ? "did not catch up within "
                            + config.drainTimeoutSeconds + " s"
                            : "lag when load stopped: " + (ackedAtStop - projectedAtStop)
                                    + " events; max lag sampled during the run: "
                                    + lag.summary().get("max_lag_events"));

            if (config.profile) {
                profile(connections);
                drain(webhooks.recorded.sum());
            }

            // Latency: fixed rate, open loop.
            cpu = new Procs.CpuSplit(server.pid(), config.dbName).start();
            Load.Run fixed = load.openLoop(() -> webhooks.next(connections), config.rate,
                    config.warmupSeconds, config.seconds, openLoopConnections);
            report.detail("ingestion", "fixed_rate_cpu", cpu.stop());
            long ackedAfterFixed = webhooks.recorded.sum();
            double drainAfterFixed = drain(ackedAfterFixed);
            report.detail("ingestion", "fixed_rate", fixed.summary());
            report.detail("ingestion", "projection_catch_up_after_fixed_rate_s",
                    Stats.round(drainAfterFixed));
            String fixedNotes = "achieved " + fmt(fixed.perSecond()) + "/s of " + config.rate
                    + "/s scheduled; latency from the scheduled send time (no coordinated "
                    + "omission)";
            report.figure("ingestion", "ack_p50", "acknowledgement p50 at " + config.rate + "/s",
                            "ms")
                    .value(fixed.latency.percentileMs(0.50))
                    .baseline("GET /livez at the same rate", httpFixedRateP50);
            report.figure("ingestion", "ack_p99", "acknowledgement p99 at " + config.rate + "/s",
                            "ms")
                    .value(fixed.latency.percentileMs(0.99))
                    .baseline("GET /livez at the same rate", httpFixedRateP99)
                    .under(25)
                    .notes(fixedNotes);
            report.figure("ingestion", "ack_max", "acknowledgement max at " + config.rate + "/s",
                            "ms")
                    .value(fixed.latency.maxMs())
                    .baseline("GET /livez at the same rate", httpFixedRateMax);

        } finally {
            memory.close();
            Map<String, Object> mem = memory.summary();
            report.detail("memory", "during_ingestion", mem);
            Object hwm = mem.get("vm_hwm_mib");
            Object heap = mem.get("max_heap_used_mib");
            report.figure("memory", "peak_rss", "server peak resident memory (VmHWM) through "
                            + "the ingestion runs", "MiB")
                    .value(hwm == null ? Double.NaN : (Double) hwm)
                    .baseline("idle after start-up (VmRSS)", idleRssMib)
                    .notes("JAVA_OPTS " + config.javaOpts + "; max sampled VmRSS "
                            + mem.get("max_sampled_vm_rss_mib") + " MiB");
            report.figure("memory", "peak_heap_used", "server peak heap used (jstat -gc, every "
                            + "0.5 s)", "MiB")
                    .value(heap == null ? Double.NaN : (Double) heap)
                    .under(1024)
                    .notes("max heap committed " + mem.get("max_heap_committed_mib")
                            + " MiB; -Xmx caps the heap, so the question is how close it runs");
        }

        checkDurabilityAndDedup(connections);
    }

    private void profile(List<Tenants.Connection> connections) throws Exception {
        Path file = config.workDir.resolve("ingestion.jfr");
        Files.deleteIfExists(file);
        Procs.CpuSplit cpu = new Procs.CpuSplit(server.pid(), config.dbName).start();
        Profile.start(server.pid(), file, jfcSettings());
        Load.Run run;
        try {
            run = load.closedLoop(() -> webhooks.next(connections), config.concurrency, 1,
                    config.profileSeconds);
        } finally {
            Profile.stop(server.pid(), file);
        }
        report.detail("profile", "cpu", cpu.stop());
        report.detail("profile", "closed_loop_under_jfr", run.summary());
        report.detail("profile", "jfr_file", file.toString());
        report.detail("profile", "summary", Profile.summarise(file, 25));
    }

    private void checkDurabilityAndDedup(List<Tenants.Connection> connections)
            throws Exception {
        long acked = webhooks.recorded.sum();
        double drained = drain(acked);
        long stored = storedInbound();
        long claimed = receipts();
        long projected = projectedReceived(db);
        Map<String, Object> durability = new LinkedHashMap<>();
        durability.put("acknowledged_recorded", acked);
        durability.put("acknowledged_as_duplicates", webhooks.duplicates.sum());
        durability.put("refused_non_200", webhooks.refused.sum());
        durability.put("client_errors_no_answer", webhooks.failed.sum());
        durability.put("stored_inbound_events", stored);
        durability.put("inbound_receipts", claimed);
        durability.put("projected_message_received", projected);
        durability.put("drain_seconds", Stats.round(drained));
        report.detail("ingestion", "durability", durability);
        boolean exact = stored == acked && claimed == acked && projected == acked;
        boolean withinUnknown = stored >= acked && stored <= acked + webhooks.failed.sum()
                + webhooks.refused.sum();
        report.figure("ingestion", "durability", "stored events minus acknowledged (must be 0)",
                        "events")
                .value(stored - acked)
                .check(exact || withinUnknown, "0, or within the requests left unanswered")
                .notes((exact ? "exact: " : withinUnknown
                        ? "within the requests that got no answer: " : "MISMATCH: ")
                        + "acknowledged " + acked + ", event store " + stored + ", receipts "
                        + claimed + ", read model " + projected);

        // Redeliveries: nothing new may be stored.
        List<Webhooks.Delivery> sample = webhooks.sample();
        if (sample.isEmpty()) {
            throw new IOException("No acknowledged update to redeliver");
        }
        Webhooks.Counts redelivered = new Webhooks.Counts();
        AtomicInteger next = new AtomicInteger();
        load.closedLoop(() -> {
            Webhooks.Delivery delivery = sample.get(
                    Math.floorMod(next.getAndIncrement(), sample.size()));
            return webhooks.again(delivery, redelivered);
        }, 16, 0, 2);
        long storedAfter = storedInbound();
        Map<String, Object> dedup = new LinkedHashMap<>();
        dedup.put("distinct_updates_redelivered", sample.size());
        dedup.put("redeliveries", redelivered.ok.sum());
        dedup.put("answered_recorded", redelivered.recorded.sum());
        dedup.put("answered_duplicate", redelivered.duplicates.sum());
        dedup.put("statuses", redelivered.statusCounts());
        dedup.put("newly_stored", storedAfter - stored);
        report.detail("ingestion", "dedup", dedup);
        report.figure("ingestion", "dedup", "redeliveries stored again (must be 0)", "events")
                .value(storedAfter - stored + redelivered.recorded.sum())
                .check(storedAfter == stored && redelivered.recorded.sum() == 0
                        && redelivered.ok.sum() > 0, "0")
                .notes(redelivered.ok.sum() + " redeliveries of " + sample.size()
                        + " acknowledged updates, answered duplicate "
                        + redelivered.duplicates.sum() + " times");

        // Forged secret tokens: refused, nothing stored.
        Webhooks.Counts forged = new Webhooks.Counts();
        AtomicInteger forgedNext = new AtomicInteger();
        try (RawHttp raw = new RawHttp("127.0.0.1", config.port)) {
            for (int i = 0; i < config.badSignatureSample; i++) {
                Load.Shot shot = webhooks.forged(
                        connections.get(forgedNext.getAndIncrement() % connections.size()),
                        forged);
                RawHttp.Response response = raw.send(shot.request());
                shot.answered(response.status(), response.body());
            }
        }
        long storedAfterForged = storedInbound();
        Map<String, Object> signatures = new LinkedHashMap<>();
        signatures.put("forged_requests", config.badSignatureSample);
        signatures.put("statuses", forged.statusCounts());
        signatures.put("newly_stored", storedAfterForged - storedAfter);
        report.detail("ingestion", "forged_secret_token", signatures);
        report.figure("ingestion", "forged_stored", "forged secret tokens stored (must be 0)",
                        "events")
                .value(storedAfterForged - storedAfter + forged.ok.sum())
                .check(storedAfterForged == storedAfter && forged.ok.sum() == 0
                        && forged.statusCounts().getOrDefault("401", 0L)
                                == config.badSignatureSample, "0, every one answered 401")
                .notes(config.badSignatureSample + " updates with a wrong "
                        + "X-Telegram-Bot-Api-Secret-Token: " + forged.statusCounts());
    }

    // ---------------------------------------------------------------------------------------

    private void visibility() throws Exception {
        Tenants.App app = tenants.visibility;
        Tenants.Connection connection = app.connections().get(0);
        AtomicBoolean stop = new AtomicBoolean();
        Thread background = new Thread(() -> {
            try {
                Load.Run run = load.openLoop(() -> webhooks.next(tenants.ingestConnections),
                        config.visibilityBackground, 0, 600, 64, stop::get);
                report.detail("visibility", "background_load", run.summary());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "visibility-background");
        if (config.visibilityBackground > 0) {
            background.start();
            Thread.sleep(2000);
        }
        report.detail("visibility", "projection_lag_at_start_events",
                webhooks.recorded.sum() - projectedReceived(db));
        Stats visible = new Stats();
        Stats acks = new Stats();
        int timeouts = 0;
        int refused = 0;
        long polls = 0;
        String query = "query($c: ID!) { events(first: 3, filters: { connectionId: $c }) "
                + "{ edges { node { payload } } } }";
        long phaseDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        RawHttp raw = new RawHttp("127.0.0.1", config.port);
        RawHttp poller = new RawHttp("127.0.0.1", config.port);
        try {
            for (int i = 0; i < config.visibilitySamples && System.nanoTime() < phaseDeadline;
                    i++) {
                Webhooks.Delivery delivery = webhooks.fresh(connection);
                Load.Shot shot = webhooks.shot(delivery, connection.secretToken(), false);
                long sent = System.nanoTime();
                RawHttp.Response response = raw.send(shot.request());
                long acked = System.nanoTime();
                shot.answered(response.status(), response.body());
                if (response.status() != 200) {
                    refused++;
                    continue;
                }
                acks.add(acked - sent);
                String key = ":update:" + delivery.updateId();
                long deadline = acked + TimeUnit.SECONDS.toNanos(10);
                boolean seen = false;
                while (!seen && System.nanoTime() < deadline) {
                    JsonNode data = graphql(poller, app.apiKey(), query,
                            Map.of("c", connection.id()));
                    polls++;
                    for (JsonNode edge : data.at("/events/edges")) {
                        if (edge.at("/node/payload/dedupeKey").asText().endsWith(key)) {
                            seen = true;
                            break;
                        }
                    }
                    if (!seen) {
                        Thread.sleep(2);
                    }
                }
                if (seen) {
                    visible.add(System.nanoTime() - acked);
                } else {
                    timeouts++;
                    visible.add(TimeUnit.SECONDS.toNanos(10));
                }
                Thread.sleep(ThreadLocalRandom.current().nextInt(100));
            }
        } finally {
            raw.close();
            poller.close();
            stop.set(true);
            background.join(100_000);
        }
        report.detail("visibility", "projection_lag_at_end_events",
                webhooks.recorded.sum() - projectedReceived(db));
        report.detail("visibility", "acknowledgement", acks.summary());
        report.detail("visibility", "visible_after_ack", visible.summary());
        report.detail("visibility", "timeouts_over_10s", timeouts);
        report.detail("visibility", "refused", refused);
        report.detail("visibility", "developer_api_polls", polls);
        String notes = visible.count() + " updates, one at a time, each polled for through the "
                + "Developer API events query; background load " + config.visibilityBackground
                + " webhooks/s on other connections; resolution: one poll round trip";
        report.figure("visibility", "p50", "acknowledgement to visible in the Developer API, "
                        + "p50", "ms")
                .value(visible.percentileMs(0.50)).notes(notes);
        report.figure("visibility", "p99", "acknowledgement to visible in the Developer API, "
                        + "p99", "ms")
                .value(visible.percentileMs(0.99)).under(1000)
                .notes("max " + fmt(visible.maxMs()) + " ms; timeouts: " + timeouts);
    }

    // ---------------------------------------------------------------------------------------

    private void sending() throws Exception {
        Tenants.App app = tenants.visibility;
        Tenants.Connection connection = app.connections().get(0);
        String run = Long.toHexString(System.nanoTime());
        String mutation = "mutation($c: ID!, $t: String!, $k: String!) { sendMessage(input: { "
                + "connectionId: $c, externalChatId: \"5000001\", text: $t, idempotencyKey: $k })"
                + " { id status } }";
        long before = fake.benchSends.get();
        AtomicInteger next = new AtomicInteger();
        Stats accepted = new Stats();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < config.sendConcurrency; t++) {
            Thread thread = new Thread(() -> {
                int i;
                try (RawHttp raw = new RawHttp("127.0.0.1", config.port)) {
                    while ((i = next.getAndIncrement()) < config.sends
                            && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(
                                    config.sendTimeoutSeconds)) {
                        long sent = System.nanoTime();
                        try {
                            graphql(raw, app.apiKey(), mutation, Map.of("c", connection.id(),
                                    "t", FakeTelegram.SEND_PREFIX + i + " from the benchmark",
                                    "k", "bench-" + run + "-" + i));
                            accepted.add(System.nanoTime() - sent);
                        } catch (Exception e) {
                            raw.close();
                            if (errors.incrementAndGet() <= 3) {
                                log("sendMessage: " + e);
                            }
                        }
                    }
                }
            }, "send-" + t);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(config.sendTimeoutSeconds + 10L));
        }
        long allAccepted = System.nanoTime();
        long expected = before + accepted.count();
        long deadline = start + TimeUnit.SECONDS.toNanos(config.sendTimeoutSeconds);
        while (fake.benchSends.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long received = fake.benchSends.get() - before;
        long last = fake.lastBenchSendNanos.get();
        double seconds = (last - start) / 1e9;
        double dispatched = received / seconds;
        double acceptedPerSecond = accepted.count() / ((allAccepted - start) / 1e9);
        long sentRows = 0;
        long sentDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        do {
            sentRows = db.count("SELECT count(*) FROM outbound_message WHERE application_id = ?"
                    + " AND status = 'sent'", java.util.UUID.fromString(app.id()));
            if (sentRows < received) {
                Thread.sleep(100);
            }
        } while (sentRows < received && System.nanoTime() < sentDeadline);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requested", config.sends);
        details.put("accepted_by_api", accepted.count());
        details.put("api_errors", errors.get());
        details.put("received_by_fake_telegram", received);
        details.put("seconds_first_request_to_last_received", Stats.round(seconds));
        details.put("accepted_per_second", Stats.round(acceptedPerSecond));
        details.put("accept_latency", accepted.summary());
        details.put("read_model_status_sent", sentRows);
        report.detail("sending", "details", details);
        report.figure("sending", "dispatched_per_second", "sendMessage to the fake Telegram, "
                        + "messages dispatched", "msg/s")
                .value(received == 0 ? Double.NaN : dispatched)
                .baseline("HTTP ceiling", httpCeilingPerSecond)
                .notes(received + " of " + config.sends + " received by the fake within "
                        + config.sendTimeoutSeconds + " s; " + config.sendConcurrency
                        + " API clients; the API accepted " + fmt(acceptedPerSecond)
                        + "/s (p99 " + fmt(accepted.percentileMs(0.99)) + " ms); "
                        + sentRows + " shown as sent in the read model");
    }

    // ---------------------------------------------------------------------------------------

    private void query() throws Exception {
        Tenants.App big = tenants.query.get(0);
        long seedStart = System.nanoTime();
        long seeded = 0;
        for (int k = 0; k < tenants.query.size(); k++) {
            Tenants.App app = tenants.query.get(k);
            int events = k == 0 ? config.queryEvents : config.queryOtherEvents;
            int users = Math.max(10, (int) ((long) config.queryUsers * events
                    / Math.max(1, config.queryEvents)));
            seed(app, k, events, users, config.queryEvents);
            seeded += events;
            log("seeded " + events + " events for " + app.name());
        }
        // A steady-state read model: bulk-written pages vacuumed (visibility map, hint bits),
        // statistics fresh, dirty buffers written out, so no backend does that mid-query.
        db.execute("VACUUM (ANALYZE) event");
        db.execute("VACUUM (ANALYZE) event_participant");
        db.execute("VACUUM (ANALYZE) platform_user");
        db.execute("VACUUM (ANALYZE) app_user");
        db.execute("CHECKPOINT");
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        report.detail("query", "seeded_events", seeded);
        report.detail("query", "seeded_events_queried_application", config.queryEvents);
        report.detail("query", "seeded_users_queried_application", config.queryUsers);
        report.detail("query", "seed_seconds", Stats.round(seedSeconds));
        report.detail("query", "seeding", "rows written straight into the read model tables "
                + "(event, event_participant, platform_user, app_user) with generate_series, "
                + "bypassing ingestion; VACUUM (ANALYZE) and CHECKPOINT afterwards");

        java.util.UUID appId = java.util.UUID.fromString(big.id());
        List<String> users = db.strings("SELECT id::text FROM app_user WHERE application_id = ?"
                + " ORDER BY random() LIMIT 1000", appId);
        String q1 = "{ events(first: 10) { " + EVENTS_SELECTION + " } }";
        String q2 = "{ events(first: 10, filters: { eventType: { contains: \"message\" } }) { "
                + EVENTS_SELECTION + " } }";
        String q3 = "query($u: ID!) { events(first: 10, filters: { userId: $u }) { "
                + EVENTS_SELECTION + " } }";

        // The HTTP floor of a sequential request on this stack.
        Stats livez = new Stats();
        RawHttp.Request livezRequest = RawHttp.Request.get("/livez");
        try (RawHttp raw = new RawHttp("127.0.0.1", config.port)) {
            for (int i = 0; i < config.queryIterations + 20; i++) {
                long t = System.nanoTime();
                raw.send(livezRequest);
                if (i >= 20) {
                    livez.add(System.nanoTime() - t);
                }
            }
        }
        report.detail("query", "livez_sequential", livez.summary());

        Map<String, Object> explains = new LinkedHashMap<>();
        Path jfr = config.workDir.resolve("query.jfr");
        boolean profiling = false;
        if (config.profile) {
            Profile.start(server.pid(), jfr, jfcSettings());
            profiling = true;
        }
        try {
        runQuery("first_10", "events(first: 10)", big, q1, null, livez, explains,
                explainSql(""), List.of());
        runQuery("type_contains_message", "events(first: 10, eventType contains \"message\")",
                big, q2, null, livez, explains,
                explainSql("AND e.event_type LIKE ? ESCAPE '\\'"), List.of("%message%"));
        runQuery("user_filter", "events(first: 10, userId)", big, q3, users, livez, explains,
                explainSql("AND EXISTS (SELECT 1 FROM event_participant p JOIN platform_user u "
                        + "ON u.id = p.platform_user_id WHERE p.event_id = e.id AND "
                        + "p.application_id = ? AND u.application_id = ? AND u.user_id = ?)"),
                List.of("APP", "APP", "USER"));
        } finally {
            if (profiling) {
                Profile.stop(server.pid(), jfr);
            }
        }
        if (profiling) {
            report.detail("query", "profile", Profile.summarise(jfr, 25));
        }
        report.detail("query", "explain_analyze", explains);
    }

    private static String explainSql(String condition) {
        return "EXPLAIN (ANALYZE, BUFFERS) SELECT e.id, e.application_id, e.event_type, "
                + "e.connection_id, e.platform, e.payload::text AS payload, e.created_at, "
                + "e.position FROM event e WHERE e.application_id = ? " + condition
                + " ORDER BY e.position DESC LIMIT 11";
    }

    private void runQuery(String key, String label, Tenants.App app, String query,
            List<String> users, Stats livez, Map<String, Object> explains, String explain,
            List<String> explainParameters) throws Exception {
        Stats latency = new Stats();
        int edges = -1;
        try (RawHttp raw = new RawHttp("127.0.0.1", config.port)) {
            for (int i = 0; i < config.queryIterations + 20; i++) {
                Map<String, ?> variables = users == null ? null
                        : Map.of("u", users.get(i % users.size()));
                long t = System.nanoTime();
                JsonNode data = graphql(raw, app.apiKey(), query, variables);
                long took = System.nanoTime() - t;
                if (i >= 20) {
                    latency.add(took);
                }
                edges = data.at("/events/edges").size();
            }
        }
        report.detail("query", key, latency.summary());
        report.detail("query", key + "_edges_last_answer", edges);

        // The same SQL as the product's EventQueries/EventConditions, with EXPLAIN ANALYZE.
        Stats sql = new Stats();
        String plan = null;
        java.util.UUID appId = java.util.UUID.fromString(app.id());
        List<String> userIds = users == null ? List.of() : users;
        for (int i = 0; i < 7; i++) {
            List<Object> parameters = new ArrayList<>();
            parameters.add(appId);
            for (String parameter : explainParameters) {
                parameters.add(switch (parameter) {
                    case "APP" -> appId;
                    case "USER" -> java.util.UUID.fromString(userIds.get(i % userIds.size()));
                    default -> parameter;
                });
            }
            List<String> lines = db.strings(explain, parameters.toArray());
            for (String line : lines) {
                Matcher match = Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(line);
                if (match.find()) {
                    sql.add((long) (Double.parseDouble(match.group(1)) * 1e6));
                }
            }
            plan = String.join("\n", lines);
        }
        Map<String, Object> explained = new LinkedHashMap<>();
        explained.put("execution_ms", sql.summary());
        explained.put("last_plan", plan);
        explains.put(key, explained);

        report.figure("query", key + "_p50", label + " p50", "ms")
                .value(latency.percentileMs(0.50))
                .baseline("GET /livez sequential p50", livez.percentileMs(0.50));
        report.figure("query", key + "_p99", label + " p99", "ms")
                .value(latency.percentileMs(0.99))
                .baseline("GET /livez sequential p99", livez.percentileMs(0.99))
                .under(10)
                .notes(config.queryIterations + " sequential requests over an application with "
                        + config.queryEvents + " events; its SQL alone (EXPLAIN ANALYZE) p50 "
                        + fmt(sql.percentileMs(0.50)) + " ms");
    }

    /**
     * Rows of one application's read model: users and their platform users, then events of
     * mixed types, each with a sender (a user's platform user) and a recipient (the bot).
     * Positions interleave the applications and lie above any position the store has given.
     */
    private void seed(Tenants.App app, int index, int events, int users, int biggest)
            throws Exception {
        java.util.UUID appId = java.util.UUID.fromString(app.id());
        java.util.UUID connectionId = java.util.UUID.fromString(app.connections().get(0).id());
        String salt = app.id();
        long stride = Math.max(1, biggest / Math.max(1, events));
        db.update("""
                INSERT INTO app_user (id, application_id, display_name, created_at,
                    created_position)
                SELECT md5(? || ':user:' || g)::uuid, ?, 'Seeded user ' || g,
                    timestamptz '2026-01-01' + g * interval '1 second', g
                FROM generate_series(1, ?) g""", salt, appId, users);
        db.update("""
                INSERT INTO platform_user (id, application_id, connection_id, platform,
                    external_id, display_name, username, bot, user_id, first_seen_at,
                    first_seen_position)
                SELECT md5(? || ':pu:' || g)::uuid, ?, ?, 'telegram', (20000000 + g)::text,
                    'Seeded user ' || g, 'seeded_' || g, false, md5(? || ':user:' || g)::uuid,
                    timestamptz '2026-01-01' + g * interval '1 second', g
                FROM generate_series(1, ?) g
                UNION ALL
                SELECT md5(? || ':bot')::uuid, ?, ?, 'telegram', '999', 'Seeded bot',
                    'seeded_bot', true, NULL, timestamptz '2026-01-01', 0""",
                salt, appId, connectionId, salt, users, salt, appId, connectionId);
        db.update("""
                INSERT INTO event (id, application_id, event_type, connection_id, platform,
                    payload, created_at, position)
                SELECT md5(? || ':event:' || g)::uuid, ?,
                    CASE WHEN g % 20 = 0 THEN 'message.edited'
                         WHEN g % 20 = 1 THEN 'platform.callback_query'
                         WHEN g % 20 = 2 THEN 'message.sent'
                         ELSE 'message.received' END,
                    ?, 'telegram',
                    jsonb_build_object(
                        'eventId', md5(? || ':event:' || g)::uuid,
                        'applicationId', ?::text, 'connectionId', ?::text,
                        'platform', 'telegram',
                        'dedupeKey', 'telegram:999:update:' || g,
                        'message', jsonb_build_object(
                            'externalMessageId', (20000000 + u) || ':' || g,
                            'externalChatId', (20000000 + u)::text, 'chatType', 'private',
                            'sender', jsonb_build_object('externalId', (20000000 + u)::text,
                                'displayName', 'Seeded user ' || u, 'username', 'seeded_' || u,
                                'bot', false),
                            'recipient', jsonb_build_object('externalId', '999',
                                'displayName', NULL, 'username', NULL, 'bot', true),
                            'text', 'Seeded message ' || g || ': hello, is anyone there to '
                                || 'help me with my order?',
                            'attachments', '[]'::jsonb, 'replyToExternalMessageId', NULL,
                            'threadId', NULL),
                        'occurredAt', timestamptz '2026-01-01' + g * ? * interval '1 second',
                        'receivedAt', timestamptz '2026-01-01' + g * ? * interval '1 second'),
                    timestamptz '2026-01-01' + g * ? * interval '1 second',
                    10000000000 + (g * ?) * 16 + ?
                FROM (SELECT g, 1 + (g::bigint * 7919) % ? AS u FROM generate_series(1, ?) g) s""",
                salt, appId, connectionId, salt, app.id(), connectionId.toString(), stride,
                stride, stride, stride, index, users, events);
        db.update("""
                INSERT INTO event_participant (event_id, platform_user_id, role, application_id,
                    position)
                SELECT md5(? || ':event:' || g)::uuid, md5(? || ':pu:' || u)::uuid, 'sent_by', ?,
                    10000000000 + (g * ?) * 16 + ?
                FROM (SELECT g, 1 + (g::bigint * 7919) % ? AS u FROM generate_series(1, ?) g) s
                UNION ALL
                SELECT md5(? || ':event:' || g)::uuid, md5(? || ':bot')::uuid, 'sent_to', ?,
                    10000000000 + (g * ?) * 16 + ?
                FROM generate_series(1, ?) g""",
                salt, salt, appId, stride, index, users, events,
                salt, salt, appId, stride, index, events);
    }

    // ---------------------------------------------------------------------------------------

    private void replay() throws Exception {
        String resetField = resetMutation();
        boolean viaAdminApi = "rebuildProjection".equals(resetField);
        report.detail("replay", "method", viaAdminApi
                ? "the Admin API's rebuildProjection(name: \"event-graph\") on a running server "
                        + "(restarted first when events were cloned in)"
                : "none in the Admin API" + (resetField == null ? "" : " (found " + resetField
                        + ", arguments unknown)") + ": stop the server, delete the event-graph "
                        + "tokens, truncate its tables, start the server");
        String types = String.join(",", EVENT_GRAPH_EVENT_TYPES.stream()
                .map(type -> "'" + type + "'").toList());
        String countTypes = "SELECT count(*) FROM domain_event_entry WHERE payload_type IN ("
                + types + ")";
        long existing = db.count(countTypes);
        long cloned = 0;
        boolean restart = !viaAdminApi || existing < config.replayEvents;
        if (restart) {
            server.close();
            report.detail("replay", "server_stopped_by_pid", true);
        }
        long cloneStart = System.nanoTime();
        if (existing < config.replayEvents) {
            cloned = cloneInboundEvents(config.replayEvents - existing);
        }
        long expected = db.count(countTypes);
        if (cloned > 0) {
            report.detail("replay", "tokens_moved_past_the_copies", moveTokensToHead());
        }
        report.detail("replay", "events_from_ingestion_and_sends", existing);
        report.detail("replay", "events_cloned_in_sql", cloned);
        report.detail("replay", "clone_seconds",
                Stats.round((System.nanoTime() - cloneStart) / 1e9));
        report.detail("replay", "events_to_replay", expected);
        report.detail("replay", "event_store_rows_total",
                db.count("SELECT count(*) FROM domain_event_entry"));
        if (!viaAdminApi) {
            db.update("DELETE FROM token_entry WHERE processor_name = 'event-graph'");
            db.execute("TRUNCATE event, event_participant, platform_user, app_user, "
                    + "outbound_message");
        }
        if (restart) {
            db.execute("CHECKPOINT");
            server = ServerProcess.start(config, fake.baseUrl(), "server-replay.log");
            report.detail("replay", "seconds_process_start_to_livez",
                    Stats.round(server.awaitLive(Duration.ofSeconds(180))));
        }
        String token = null;
        int replayWarmup = Config.integer("BENCH_REPLAY_WARMUP_SECONDS", config.quick ? 10 : 20);
        if (viaAdminApi && restart && replayWarmup > 0) {
            // A restarted server has not compiled the replay path yet; a running one has.
            token = adminToken();
            http.graphql("/admin", token, "mutation { rebuildProjection(name: \"event-graph\") "
                    + "{ name } }", null);
            Thread.sleep(TimeUnit.SECONDS.toMillis(replayWarmup));
            report.detail("replay", "warmup_rebuild_seconds", replayWarmup);
            report.detail("replay", "warmup_rebuild_events",
                    db.count("SELECT count(*) FROM event"));
        }
        long start = System.nanoTime();
        if (viaAdminApi) {
            token = adminToken();
            JsonNode rebuilt = http.graphql("/admin", token, "mutation { rebuildProjection(name: "
                    + "\"event-graph\") { name running replaying caughtUp segments position "
                    + "headPosition } }", null);
            report.detail("replay", "rebuild_answer", rebuilt.get("rebuildProjection"));
        }
        boolean profiling = false;
        Path jfr = config.workDir.resolve("replay.jfr");
        if (config.profile) {
            Profile.start(server.pid(), jfr, jfcSettings());
            profiling = true;
        }
        long profileUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.profileSeconds);
        long deadline = start + TimeUnit.SECONDS.toNanos(config.replayTimeoutSeconds);
        long count;
        List<Long> progress = new ArrayList<>();
        long lastSample = 0;
        while ((count = db.count("SELECT count(*) FROM event")) < expected
                && System.nanoTime() < deadline && server.alive()) {
            if (System.nanoTime() - lastSample > TimeUnit.SECONDS.toNanos(10)) {
                progress.add(count);
                lastSample = System.nanoTime();
            }
            if (profiling && System.nanoTime() > profileUntil) {
                Profile.stop(server.pid(), jfr);
                profiling = false;
                report.detail("replay", "profile", Profile.summarise(jfr, 25));
            }
            Thread.sleep(500);
        }
        long done = System.nanoTime();
        if (profiling) {
            Profile.stop(server.pid(), jfr);
            report.detail("replay", "profile", Profile.summarise(jfr, 25));
        }
        double seconds = (done - start) / 1e9;
        boolean finished = count >= expected;
        double rate = count / seconds;
        long deadLetters = db.count("SELECT count(*) FROM dead_letter_entry "
                + "WHERE processing_group = 'event-graph'");
        if (viaAdminApi) {
            try {
                report.detail("replay", "projections_at_end", http.graphql("/admin", token,
                        "{ projections { name running replaying caughtUp segments position "
                                + "headPosition } }", null).get("projections"));
            } catch (Exception e) {
                report.detail("replay", "projections_at_end", e.toString());
            }
        }
        report.detail("replay", "seconds", Stats.round(seconds));
        report.detail("replay", "events_in_read_model_at_end", count);
        report.detail("replay", "dead_letters_event_graph", deadLetters);
        report.detail("replay", "finished", finished);
        report.detail("replay", "count_every_10s", progress);
        report.figure("replay", "events_per_second", "rebuilding the event-graph read models "
                        + "from " + expected + " events", "events/s")
                .value(rate)
                .baseline("PostgreSQL ceiling", pgCeilingPerSecond)
                .atLeast(20000)
                .notes((finished ? "finished in " + fmt(seconds) + " s" : "NOT finished within "
                        + config.replayTimeoutSeconds + " s: the rate over the " + count
                        + " events done")
                        + "; " + (viaAdminApi ? "rebuildProjection" : "restart with reset tokens")
                        + "; " + cloned + " of the events are SQL clones of ingested ones; "
                        + "dead letters: " + deadLetters);
    }

    private Path jfcSettings() {
        return config.repo.resolve("bench/profile.jfc").toAbsolutePath();
    }

    private String adminToken() throws Exception {
        return http.postJson("/admin/login", Map.of("email", ServerProcess.ADMIN_EMAIL,
                "password", ServerProcess.ADMIN_PASSWORD), Map.of()).get("token").asText();
    }

    /**
     * The copies are new to every processor, and at the next start the tracking processors
     * (directory, outbound-dispatch, connection-webhooks), none of which handles an inbound
     * message, would read all of them beside the rebuild and take much of its CPU. Since they
     * would only skip them, their tokens are moved to the head, as if they had; so is the event
     * graph's, which the rebuild then resets to the start. Only plain gap-aware tokens with no
     * gaps are moved; anything else is left alone and said so.
     */
    private String moveTokensToHead() throws Exception {
        long head = db.count("SELECT max(global_index) FROM domain_event_entry");
        long other = db.count("SELECT count(*) FROM token_entry WHERE token IS NOT NULL AND "
                + "(token_type <> 'org.axonframework.eventhandling.GapAwareTrackingToken' OR "
                + "convert_from(token, 'UTF8') !~ '^\\{\"index\":[0-9]+,\"gaps\":\\[\\]\\}$')");
        if (other > 0) {
            return "not moved: " + other + " tokens are not plain gap-aware tokens without gaps";
        }
        int moved = db.update("UPDATE token_entry SET token = convert_to('{\"index\":' || ? "
                + "|| ',\"gaps\":[]}', 'UTF8') WHERE token IS NOT NULL", head);
        return moved + " tokens moved to global index " + head;
    }

    /** The name of an Admin API mutation that resets or rebuilds a projection, if any. */
    private String resetMutation() {
        try {
            JsonNode data = http.graphql("/admin", adminToken(),
                    "{ __schema { mutationType { fields { name } } } }", null);
            for (JsonNode field : data.at("/__schema/mutationType/fields")) {
                String name = field.get("name").asText();
                if (name.matches("(?i).*(reset|rebuild|replay).*")) {
                    return name;
                }
            }
        } catch (Exception e) {
            log("could not list the Admin API's mutations: " + e);
        }
        return null;
    }

    /**
     * Copies of ingested MessageReceivedEvent rows, each with a new event identifier, aggregate
     * and dedupe key, so that the store holds BENCH_REPLAY_EVENTS events without ingesting them
     * all through webhooks. Payloads otherwise keep their applications, connections and
     * correspondents, so the replay does the same work per event as for the originals.
     */
    private long cloneInboundEvents(long needed) throws Exception {
        long templates = db.count("SELECT count(*) FROM domain_event_entry WHERE payload_type = "
                + "'io.outeract.contract.inbound.MessageReceivedEvent'");
        if (templates == 0) {
            throw new IOException("No ingested event to clone for the replay");
        }
        long maxTemplate = db.count("SELECT max(global_index) FROM domain_event_entry WHERE "
                + "payload_type = 'io.outeract.contract.inbound.MessageReceivedEvent'");
        long done = 0;
        int round = 0;
        while (done < needed && round < 1000) {
            round++;
            long batch = Math.min(templates, needed - done);
            int inserted = db.update("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,
                        sequence_number, type, time_stamp, payload_type, payload_revision,
                        payload, meta_data)
                    SELECT s.new_event, s.new_aggregate, 0, s.type, s.time_stamp, s.payload_type,
                        s.payload_revision,
                        convert_to(regexp_replace(replace(convert_from(s.payload, 'UTF8'),
                            ':update:', ':update:clone' || ? || '-'),
                            '"eventId":"[0-9a-f-]+"', '"eventId":"' || s.new_aggregate || '"'),
                            'UTF8'),
                        s.meta_data
                    FROM (SELECT gen_random_uuid()::text AS new_event,
                                 gen_random_uuid()::text AS new_aggregate, d.*
                          FROM domain_event_entry d
                          WHERE d.payload_type = 'io.outeract.contract.inbound.MessageReceivedEvent'
                            AND d.global_index <= ?
                          ORDER BY d.global_index
                          LIMIT ?) s""", round, maxTemplate, batch);
            done += inserted;
            log("cloned " + done + " of " + needed + " events for the replay");
        }
        return done;
    }

    // ---------------------------------------------------------------------------------------

    /** A Developer API call over one keep-alive connection; GraphQL errors fail it. */
    private static JsonNode graphql(RawHttp raw, String apiKey, String query,
            Map<String, ?> variables) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        RawHttp.Response response = raw.send(RawHttp.Request.postJson("/v1", Map.of(
                "Content-Type", "application/json", "Authorization", "Bearer " + apiKey),
                Http.JSON.writeValueAsString(body)));
        if (response.status() != 200) {
            throw new IOException("POST /v1 answered " + response.status() + ": "
                    + Http.abbreviate(response.body()));
        }
        JsonNode answer = Http.JSON.readTree(response.body());
        if (answer.hasNonNull("errors") && answer.get("errors").size() > 0) {
            throw new IOException("GraphQL errors: " + Http.abbreviate(
                    answer.get("errors").toString()));
        }
        return answer.get("data");
    }

    // ---------------------------------------------------------------------------------------

    private Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    machine.put("mem_total_mib",
                            Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    machine.put("cpu", line.substring(line.indexOf(':') + 1).trim());
                    break;
                }
            }
            machine.put("load_average_at_start", Files.readString(Path.of("/proc/loadavg")).trim());
        } catch (IOException | RuntimeException e) {
            machine.put("error", e.toString());
        }
        machine.put("java", System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("shared", "a shared development machine: other sessions' servers and tests "
                + "may run at the same time; compare ratios to the same run's baselines");
        return machine;
    }

    private Map<String, Object> configSummary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("quick", config.quick);
        out.put("seconds", config.seconds);
        out.put("warmup_seconds", config.warmupSeconds);
        out.put("concurrency", config.concurrency);
        out.put("rate", config.rate);
        out.put("applications", config.applications);
        out.put("connections_per_application", config.connectionsPerApp);
        out.put("correspondents_per_connection_pool", config.correspondents);
        out.put("visibility_samples", config.visibilitySamples);
        out.put("visibility_background_rate", config.visibilityBackground);
        out.put("profile", config.profile);
        out.put("sends", config.sends);
        out.put("query_events", config.queryEvents);
        out.put("query_other_events", config.queryOtherEvents);
        out.put("query_apps", config.queryApps);
        out.put("query_users", config.queryUsers);
        out.put("query_iterations", config.queryIterations);
        out.put("replay_events", config.replayEvents);
        out.put("pgbench_seconds", config.pgbenchSeconds);
        out.put("pgbench_clients", config.pgbenchClients);
        out.put("java_opts", config.javaOpts);
        out.put("server_jar", Config.env("BENCH_JAR_INFO", "?"));
        return out;
    }

    private static String ratioText(double value, double baseline) {
        if (Double.isNaN(value) || Double.isNaN(baseline) || baseline == 0) {
            return "-";
        }
        return String.format(java.util.Locale.ROOT, "%.3f", value / baseline);
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "-" : Report.format(value);
    }

    static void log(String message) {
        System.out.println("[bench " + Instant.now().toString().substring(11, 19) + "] "
                + message);
    }
}
