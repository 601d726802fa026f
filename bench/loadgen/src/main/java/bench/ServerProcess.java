package bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server under test: a copy of the jar, on its own port and database, with fresh secrets.
 * It is stopped by its own PID only; its PID is also written to a file that bench/run reads if
 * this JVM dies first.
 */
final class ServerProcess implements AutoCloseable {

    static final String ADMIN_EMAIL = "bench-admin@example.com";
    static final String ADMIN_PASSWORD = "bench-" + randomBase64(18);
    private static final String CREDENTIALS_KEY = randomBase64(32);
    private static final String JWT_SECRET = randomBase64(48);

    private final Process process;
    private final Path log;
    private final Path pidFile;
    private final int port;
    final long startedNanos;

    private ServerProcess(Process process, int port, Path log, Path pidFile, long startedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.pidFile = pidFile;
        this.startedNanos = startedNanos;
    }

    static ServerProcess start(Config config, String telegramBaseUrl, String logName)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : config.javaOpts.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        Path jfc = config.repo.resolve("bench/profile.jfc").toAbsolutePath();
        if (config.profile && Files.isRegularFile(jfc)) {
            command.add(Profile.serverOption(jfc));
        }
        command.add("-Ddisable-axoniq-console-message=true");
        command.add("-jar");
        command.add(config.jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(config.port));
        env.put("OUTERACT_DB_HOST", config.dbHost);
        env.put("OUTERACT_DB_PORT", Integer.toString(config.dbPort));
        env.put("OUTERACT_DB_NAME", config.dbName);
        env.put("OUTERACT_DB_USER", config.dbUser);
        env.put("OUTERACT_PUBLIC_BASE_URL", config.baseUrl());
        env.put("OUTERACT_CREDENTIALS_KEY", CREDENTIALS_KEY);
        env.put("OUTERACT_ADMIN_JWT_SECRET", JWT_SECRET);
        env.put("OUTERACT_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("OUTERACT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("OUTERACT_TELEGRAM_BASE_URL", telegramBaseUrl);
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        Path log = config.workDir.resolve(logName);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        builder.directory(config.workDir.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        Path pidFile = config.workDir.resolve("server.pid");
        Files.writeString(pidFile, Long.toString(process.pid()));
        ServerProcess server = new ServerProcess(process, config.port, log, pidFile, started);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits for GET /livez; answers the seconds from the process start. */
    double awaitLive(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = Http.newClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/livez"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("The server exited with " + process.exitValue()
                        + "; see " + log);
            }
            try {
                HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException("The server did not answer /livez within " + timeout
                + "; see " + log);
    }

    @Override
    public synchronized void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM to this PID: a graceful Spring shutdown
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // bench/run checks the PID before using it
        }
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
