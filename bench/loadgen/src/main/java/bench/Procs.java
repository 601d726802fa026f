package bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Resident memory, heap and CPU time of the processes of this run, read from /proc and jstat. */
final class Procs {

    static final double CLOCK_TICKS = 100.0; // USER_HZ on Linux

    static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            return -1;
        }
        return -1;
    }

    /** utime + stime of one process, in clock ticks; -1 once it is gone. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /** The PostgreSQL backends serving the benchmark's database, by their process titles. */
    static Map<Long, Long> backendTicks(String database) {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> {
                        try {
                            String title = Files.readString(p.resolve("cmdline"))
                                    .replace('\0', ' ');
                            if (title.startsWith("postgres: ")
                                    && title.contains(" " + database + " ")) {
                                long pid = Long.parseLong(p.getFileName().toString());
                                long cpu = cpuTicks(pid);
                                if (cpu >= 0) {
                                    ticks.put(pid, cpu);
                                }
                            }
                        } catch (IOException | RuntimeException gone) {
                            // exited meanwhile
                        }
                    });
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** {total, idle} jiffies of the whole machine. */
    static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] {total, idle};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    /** Where the CPU went between {@link #start} and {@link #stop}, in cores. */
    static final class CpuSplit {
        private final long serverPid;
        private final String database;
        private long[] machine;
        private long server;
        private long self;
        private Map<Long, Long> backends;
        private long startNanos;

        CpuSplit(long serverPid, String database) {
            this.serverPid = serverPid;
            this.database = database;
        }

        CpuSplit start() {
            machine = machineTicks();
            server = cpuTicks(serverPid);
            self = cpuTicks(ProcessHandle.current().pid());
            backends = backendTicks(database);
            startNanos = System.nanoTime();
            return this;
        }

        Map<String, Object> stop() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            long[] machineNow = machineTicks();
            long serverNow = cpuTicks(serverPid);
            long selfNow = cpuTicks(ProcessHandle.current().pid());
            long backendDelta = 0;
            for (Map.Entry<Long, Long> now : backendTicks(database).entrySet()) {
                backendDelta += now.getValue() - backends.getOrDefault(now.getKey(), 0L);
            }
            double busy = (machineNow[0] - machine[0]) - (machineNow[1] - machine[1]);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("seconds", Stats.round(seconds));
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("machine_busy_cores", Stats.round(busy / CLOCK_TICKS / seconds));
            out.put("server_cores", Stats.round((serverNow - server) / CLOCK_TICKS / seconds));
            out.put("loadgen_cores", Stats.round((selfNow - self) / CLOCK_TICKS / seconds));
            out.put("postgres_backends_cores",
                    Stats.round(backendDelta / CLOCK_TICKS / seconds));
            double other = busy - (serverNow - server) - (selfNow - self) - backendDelta;
            // Also short-lived processes: pgbench and its backends, jstat, other sessions' work.
            out.put("everything_else_cores", Stats.round(other / CLOCK_TICKS / seconds));
            return out;
        }
    }

    /** Samples a PID's VmRSS and its heap (jstat -gc) until stopped. */
    static final class MemorySampler implements AutoCloseable {
        private final long pid;
        private final Thread rssThread;
        private volatile boolean running = true;
        private volatile long maxRssKb = -1;
        private volatile double maxHeapUsedKb = -1;
        private volatile double maxHeapCommittedKb = -1;
        private volatile int heapSamples;
        private Process jstat;

        MemorySampler(long pid) {
            this.pid = pid;
            rssThread = new Thread(() -> {
                while (running) {
                    long rss = statusKb(pid, "VmRSS");
                    if (rss > maxRssKb) {
                        maxRssKb = rss;
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            rssThread.setDaemon(true);
            rssThread.start();
            try {
                Path jstatPath = Path.of(System.getProperty("java.home"), "bin", "jstat");
                jstat = new ProcessBuilder(jstatPath.toString(), "-gc", Long.toString(pid), "500")
                        .redirectErrorStream(true).start();
                Thread reader = new Thread(this::readJstat, "jstat-reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                jstat = null;
            }
        }

        private void readJstat() {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(jstat.getInputStream()))) {
                String[] header = null;
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 0 && fields[0].equals("S0C")) {
                        header = fields;
                        continue;
                    }
                    if (header == null || fields.length != header.length) {
                        continue;
                    }
                    Map<String, Double> values = new HashMap<>();
                    for (int i = 0; i < header.length; i++) {
                        try {
                            values.put(header[i], Double.parseDouble(fields[i]));
                        } catch (NumberFormatException ignored) {
                            // '-' for an absent space
                        }
                    }
                    double used = values.getOrDefault("S0U", 0.0) + values.getOrDefault("S1U", 0.0)
                            + values.getOrDefault("EU", 0.0) + values.getOrDefault("OU", 0.0);
                    double committed = values.getOrDefault("S0C", 0.0)
                            + values.getOrDefault("S1C", 0.0) + values.getOrDefault("EC", 0.0)
                            + values.getOrDefault("OC", 0.0);
                    maxHeapUsedKb = Math.max(maxHeapUsedKb, used);
                    maxHeapCommittedKb = Math.max(maxHeapCommittedKb, committed);
                    heapSamples++;
                }
            } catch (IOException ignored) {
                // jstat ended
            }
        }

        Map<String, Object> summary() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("vm_hwm_mib", Stats.round(statusKb(pid, "VmHWM") / 1024.0));
            out.put("max_sampled_vm_rss_mib", Stats.round(maxRssKb / 1024.0));
            out.put("max_heap_used_mib", heapSamples == 0 ? null
                    : Stats.round(maxHeapUsedKb / 1024.0));
            out.put("max_heap_committed_mib", heapSamples == 0 ? null
                    : Stats.round(maxHeapCommittedKb / 1024.0));
            out.put("heap_samples", heapSamples);
            return out;
        }

        @Override
        public void close() {
            running = false;
            rssThread.interrupt();
            if (jstat != null) {
                jstat.destroy();
            }
        }
    }
}
