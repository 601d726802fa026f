package bench;

import java.nio.file.Path;

/** Every knob of the benchmark, read from the environment; BENCH_QUICK=1 scales them down. */
final class Config {

    final boolean quick = flag("BENCH_QUICK", false);
    final Path repo = Path.of(env("BENCH_REPO", "."));
    final Path jar = Path.of(env("BENCH_SERVER_JAR", "outeract.jar"));
    final Path workDir = Path.of(env("BENCH_WORK_DIR", "/tmp"));
    final Path resultsDir = Path.of(env("BENCH_RESULTS_DIR", "bench/results"));
    final int port = integer("BENCH_PORT", 38080);
    final String dbHost = env("BENCH_DB_HOST", "127.0.0.1");
    final int dbPort = integer("BENCH_DB_PORT", 5432);
    final String dbName = env("BENCH_DB_NAME", "outeract_bench");
    final String dbUser = env("BENCH_DB_USER", "postgres");
    final String javaOpts = env("BENCH_JAVA_OPTS", "-Xmx1g");

    /** Length of each timed load run: the closed loops and the fixed-rate runs. */
    final int seconds = integer("BENCH_SECONDS", quick ? 10 : 20);
    final int warmupSeconds = integer("BENCH_WARMUP_SECONDS", quick ? 3 : 5);
    final int concurrency = integer("BENCH_CONCURRENCY", 64);
    final int rate = integer("BENCH_RATE", 2000);
    final int applications = integer("BENCH_APPS", 10);
    final int connectionsPerApp = integer("BENCH_CONNECTIONS_PER_APP", 10);
    final int correspondents = integer("BENCH_CORRESPONDENTS", 1000);
    final int dedupSample = integer("BENCH_DEDUP_SAMPLE", 1000);
    final int badSignatureSample = integer("BENCH_BAD_SIGNATURE_SAMPLE", 200);
    final int drainTimeoutSeconds = integer("BENCH_DRAIN_TIMEOUT", 120);

    final int visibilitySamples = integer("BENCH_VISIBILITY_SAMPLES", quick ? 60 : 200);
    final int visibilityBackground = integer("BENCH_VISIBILITY_BACKGROUND", 200);

    final boolean profile = flag("BENCH_PROFILE", !quick);
    final int profileSeconds = integer("BENCH_PROFILE_SECONDS", quick ? 10 : 20);

    final int sends = integer("BENCH_SENDS", quick ? 500 : 2000);
    final int sendConcurrency = integer("BENCH_SEND_CONCURRENCY", 16);
    final int sendTimeoutSeconds = integer("BENCH_SEND_TIMEOUT", 180);

    final int queryEvents = integer("BENCH_EVENTS", quick ? 200_000 : 1_000_000);
    final int queryOtherEvents = integer("BENCH_OTHER_EVENTS", quick ? 20_000 : 100_000);
    final int queryApps = integer("BENCH_QUERY_APPS", 10);
    final int queryUsers = integer("BENCH_QUERY_USERS", quick ? 2_000 : 10_000);
    final int queryIterations = integer("BENCH_QUERY_ITERATIONS", quick ? 100 : 300);

    final int replayEvents = integer("BENCH_REPLAY_EVENTS", quick ? 200_000 : 1_000_000);
    final int replayTimeoutSeconds = integer("BENCH_REPLAY_TIMEOUT", quick ? 60 : 300);

    final int pgbenchSeconds = integer("BENCH_PGBENCH_SECONDS", quick ? 10 : 15);
    final int pgbenchClients = integer("BENCH_PGBENCH_CLIENTS", 8);

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + dbName;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int integer(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)).replace("_", ""));
    }

    static boolean flag(String name, boolean fallback) {
        String value = env(name, fallback ? "1" : "0");
        return !(value.equals("0") || value.equalsIgnoreCase("false") || value.equals("no"));
    }
}
