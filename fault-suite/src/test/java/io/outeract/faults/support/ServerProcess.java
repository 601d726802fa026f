package io.outeract.faults.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * The Outeract server as operators run it, {@code java -jar outeract.jar}, configured only
 * through its environment, on a free loopback port. It can be killed with SIGKILL and started
 * again on the same port and database. Every process started here is killed when the test JVM
 * exits; no other process is ever touched.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String ADMIN_EMAIL = "operator@outeract.test";
    public static final String ADMIN_PASSWORD = "a-long-fault-suite-password";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final List<Process> STARTED = new CopyOnWriteArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> STARTED.forEach(Process::destroyForcibly), "fault-suite-server-reaper"));
    }

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private Process process;
    private int starts;

    private ServerProcess(String name, int port, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.environment = environment;
    }

    /**
     * A server named {@code name} (its logs are {@code target/fault-suite/<name>-<n>.log}) on
     * {@code database} at {@code databasePort}, calling Telegram at {@code telegramBaseUrl}.
     * {@code settings} are further environment variables, such as
     * {@code OUTERACT_PLATFORMS_READTIMEOUT}.
     */
    public static ServerProcess start(String name, String database, int databasePort,
            String telegramBaseUrl, Map<String, String> settings) {
        int port = FreePorts.find();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PORT", String.valueOf(port));
        environment.put("OUTERACT_DB_HOST", Database.HOST);
        environment.put("OUTERACT_DB_PORT", String.valueOf(databasePort));
        environment.put("OUTERACT_DB_NAME", database);
        environment.put("OUTERACT_DB_USER", Database.USER);
        environment.put("OUTERACT_DB_PASSWORD", "");
        environment.put("OUTERACT_CREDENTIALS_KEY", randomBase64(32));
        environment.put("OUTERACT_ADMIN_JWT_SECRET", randomBase64(48));
        environment.put("OUTERACT_ADMIN_EMAIL", ADMIN_EMAIL);
        environment.put("OUTERACT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("OUTERACT_TELEGRAM_BASE_URL", telegramBaseUrl);
        environment.put("OUTERACT_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
        environment.put("AXON_AXONSERVER_ENABLED", "false");
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        environment.putAll(settings);
        ServerProcess server = new ServerProcess(name, port, environment);
        server.startProcess();
        return server;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would end it: no shutdown hooks. */
    public void kill() {
        ProcessHandle handle = process.toHandle();
        handle.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Server " + name + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kills the server and waits for it to be gone, if it was running. Safe to call on a server
     * that never started: {@code @AfterAll} runs even when {@code @BeforeAll} failed.
     */
    public static void stop(ServerProcess server) {
        if (server != null) {
            server.close();
        }
    }

    /** Starts the server again, with the same environment: same port, database and secrets. */
    public void restart() {
        if (isAlive()) {
            kill();
        }
        startProcess();
    }

    /** The last lines of the current log, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile(starts), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Every line of every log of this server that contains {@code text}. */
    public List<String> logLines(String text) {
        List<String> found = new ArrayList<>();
        for (int start = 1; start <= starts; start++) {
            try {
                for (String line : Files.readAllLines(logFile(start), StandardCharsets.UTF_8)) {
                    if (line.contains(text)) {
                        found.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    @Override
    public void close() {
        if (isAlive()) {
            kill();
        }
    }

    private void startProcess() {
        starts++;
        Path log = logFile(starts);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx768m", "-XX:+UseSerialGC",
                "-Ddisable-axoniq-console-message=true", "-jar", ServerJar.copy().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Nothing of the developer's own settings may leak into the server under test.
        builder.environment().keySet().removeIf(ServerProcess::isServerSetting);
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        STARTED.add(process);
        try {
            awaitLive();
        } catch (RuntimeException notLive) {
            process.destroyForcibly();
            throw notLive;
        }
    }

    private void awaitLive() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Server " + name + " exited with "
                        + process.exitValue() + " while starting:\n" + logTail(60));
            }
            if (answersLivez()) {
                return;
            }
            Waiting.pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException("Server " + name + " did not answer /livez within "
                + START_TIMEOUT.toSeconds() + " s:\n" + logTail(60));
    }

    public boolean answersLivez() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/livez")).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path logFile(int start) {
        return ServerJar.workDirectory().resolve(name + "-" + start + ".log");
    }

    private static boolean isServerSetting(String variable) {
        return variable.startsWith("OUTERACT_") || variable.startsWith("AXON")
                || variable.startsWith("SPRING_") || variable.startsWith("SERVER_")
                || Set.of("PORT", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")
                        .contains(variable);
    }

    private static String randomBase64(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The jar the api module built, copied once so that a rebuild cannot change it mid-run. */
    static final class ServerJar {

        private static Path copy;

        private ServerJar() {
        }

        static synchronized Path copy() {
            if (copy == null) {
                Path built = Path.of(System.getProperty("outeract.jar",
                        "../api/target/outeract.jar")).toAbsolutePath().normalize();
                if (!Files.isRegularFile(built)) {
                    throw new IllegalStateException("The fault suite runs the server jar that "
                            + "the api module builds, and there is none at " + built + ". Build "
                            + "it first (mvn -B -DskipTests package -pl api -am), or run "
                            + "mvn -B verify from the root of the repository.");
                }
                try {
                    warnOfStaleModules(built);
                    Path target = workDirectory().resolve("outeract-under-test.jar");
                    copy = Files.copy(built, target, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return copy;
        }

        /**
         * After an install without clean the api jar can keep the other modules' jars of its
         * previous build: the jar plugin leaves an unchanged api jar alone, and the Spring Boot
         * plugin then skips a jar it already repackaged. The suite would test old code.
         */
        private static void warnOfStaleModules(Path built) throws IOException {
            Path root = built.getParent().getParent().getParent();
            List<String> stale = new ArrayList<>();
            try (JarFile jar = new JarFile(built.toFile())) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (!name.startsWith("BOOT-INF/lib/") || !name.endsWith("-SNAPSHOT.jar")) {
                        continue;
                    }
                    String file = name.substring("BOOT-INF/lib/".length());
                    String module = file.substring(0, file.lastIndexOf('-',
                            file.length() - "-SNAPSHOT.jar".length() - 1));
                    Path fresh = root.resolve(module).resolve("target").resolve(file);
                    if (Files.isRegularFile(fresh) && crcOf(fresh) != entry.getCrc()) {
                        stale.add(module);
                    }
                }
            }
            if (!stale.isEmpty()) {
                System.err.println("WARNING: " + built + " holds older builds of " + stale
                        + " than their target folders: the fault suite tests that older code."
                        + " Rebuild with clean, or with -Dmaven.jar.forceCreation=true.");
            }
        }

        private static long crcOf(Path file) throws IOException {
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(file));
            return crc.getValue();
        }

        static Path workDirectory() {
            Path directory = Path.of(System.getProperty("fault-suite.work", "target/fault-suite"));
            try {
                return Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
