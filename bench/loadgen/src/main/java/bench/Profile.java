package bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/** A JFR recording of the server (jcmd JFR.start/JFR.stop) and a summary of where CPU went. */
final class Profile {

    /**
     * The server runs a continuous recording from its start (see {@link #serverOption}):
     * attaching one later made the server several times slower for as long as it ran here. A
     * profile is a window of it: {@link #start} marks the window's start, {@link #stop} its end
     * and dumps the recording, and {@link #summarise} reads only the window's events.
     */
    private static Instant from;
    private static Instant to;

    static String serverOption(Path settings) {
        return "-XX:StartFlightRecording=name=bench,settings=" + settings
                + ",disk=true,maxage=2h,dumponexit=false";
    }

    static void start(long pid, Path file, Path settings) {
        from = Instant.now();
        to = null;
    }

    static void stop(long pid, Path file) throws IOException, InterruptedException {
        to = Instant.now();
        jcmd(pid, "JFR.dump", "name=bench", "filename=" + file);
    }

    private static String jcmd(long pid, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(Long.toString(pid));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", arguments) + ": " + output);
        }
        return output;
    }

    /**
     * CPU samples (jdk.ExecutionSample) by thread group, by the top frame's package and method,
     * and by the first Outeract frame on the stack; the lock and I/O waits that JFR recorded.
     */
    static Map<String, Object> summarise(Path file, int top) throws IOException {
        Map<String, Long> byThread = new HashMap<>();
        Map<String, Long> byLeafPackage = new HashMap<>();
        Map<String, Long> byLeafMethod = new HashMap<>();
        Map<String, Long> byOuteractFrame = new HashMap<>();
        Map<String, Long> byLayer = new HashMap<>();
        Map<String, Long> byThreadLayer = new HashMap<>();
        Map<String, Long> byFirstNonJdk = new HashMap<>();
        Map<String, Double> waitsByKind = new HashMap<>();
        Map<String, Long> nativeByThread = new HashMap<>();
        Map<String, Long> nativeByFrame = new HashMap<>();
        long nativeSamples = 0;
        long samples = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (from != null && event.getStartTime().isBefore(from)
                        || to != null && event.getStartTime().isAfter(to)) {
                    continue;
                }
                String type = event.getEventType().getName();
                if (type.equals("jdk.ExecutionSample")) {
                    samples++;
                    String thread = event.getThread("sampledThread") == null ? "?"
                            : threadGroup(event.getThread("sampledThread").getJavaName());
                    byThread.merge(thread, 1L, Long::sum);
                    RecordedStackTrace stack = event.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    RecordedFrame leaf = stack.getFrames().get(0);
                    String leafType = leaf.getMethod().getType().getName();
                    byLeafPackage.merge(packageOf(leafType), 1L, Long::sum);
                    byLeafMethod.merge(leafType + "." + leaf.getMethod().getName(), 1L, Long::sum);
                    String layer = layer(stack);
                    byLayer.merge(layer, 1L, Long::sum);
                    byThreadLayer.merge(thread + " / " + layer, 1L, Long::sum);
                    for (RecordedFrame frame : stack.getFrames()) {
                        String owner = frame.getMethod().getType().getName();
                        if (!owner.startsWith("java.") && !owner.startsWith("jdk.")
                                && !owner.startsWith("sun.")) {
                            byFirstNonJdk.merge(owner + "." + frame.getMethod().getName(), 1L,
                                    Long::sum);
                            break;
                        }
                    }
                    for (RecordedFrame frame : stack.getFrames()) {
                        String owner = frame.getMethod().getType().getName();
                        if (owner.startsWith("io.outeract.")) {
                            byOuteractFrame.merge(owner + "." + frame.getMethod().getName(), 1L,
                                    Long::sum);
                            break;
                        }
                    }
                } else if (type.equals("jdk.NativeMethodSample")) {
                    nativeSamples++;
                    String thread = event.getThread("sampledThread") == null ? "?"
                            : threadGroup(event.getThread("sampledThread").getJavaName());
                    RecordedStackTrace stack = event.getStackTrace();
                    String where = stack == null ? "?" : layer(stack) + " "
                            + firstNonJdk(stack);
                    nativeByThread.merge(thread, 1L, Long::sum);
                    nativeByFrame.merge(thread + " / " + where, 1L, Long::sum);
                } else if (type.equals("jdk.JavaMonitorEnter") || type.equals("jdk.ThreadPark")
                        || type.equals("jdk.SocketRead")) {
                    waitsByKind.merge(type, event.getDuration().toNanos() / 1e9, Double::sum);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("window", from + " .. " + to);
        out.put("execution_samples", samples);
        out.put("by_thread", topShares(byThread, samples, top));
        out.put("by_layer", topShares(byLayer, samples, top));
        out.put("by_thread_and_layer", topShares(byThreadLayer, samples, top));
        out.put("by_first_non_jdk_frame", topShares(byFirstNonJdk, samples, top));
        out.put("by_leaf_package", topShares(byLeafPackage, samples, top));
        out.put("by_leaf_method", topShares(byLeafMethod, samples, top));
        out.put("by_first_outeract_frame", topShares(byOuteractFrame, samples, top));
        out.put("native_samples", nativeSamples);
        out.put("native_by_thread", topShares(nativeByThread, nativeSamples, top));
        out.put("native_by_thread_and_frame", topShares(nativeByFrame, nativeSamples, top));
        Map<String, Object> waits = new LinkedHashMap<>();
        waitsByKind.forEach((kind, seconds) -> waits.put(kind, Stats.round(seconds)));
        out.put("recorded_wait_seconds_over_threshold", waits);
        return out;
    }

    /**
     * The first frame, from the top, that belongs to a layer we can name: the JDBC driver,
     * Jackson, Axon, Tomcat, Spring, GraphQL, HikariCP, the JDK's crypto, or Outeract itself.
     */
    private static String layer(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String owner = frame.getMethod().getType().getName();
            if (owner.startsWith("org.postgresql.")) {
                return "postgresql-jdbc";
            }
            if (owner.startsWith("com.zaxxer.hikari.")) {
                return "hikari";
            }
            if (owner.startsWith("com.fasterxml.jackson.")) {
                return "jackson";
            }
            if (owner.startsWith("org.axonframework.")) {
                return "axon";
            }
            if (owner.startsWith("graphql.")) {
                return "graphql-java";
            }
            if (owner.startsWith("org.apache.catalina.") || owner.startsWith("org.apache.coyote.")
                    || owner.startsWith("org.apache.tomcat.")) {
                return "tomcat";
            }
            if (owner.startsWith("org.springframework.")) {
                return "spring";
            }
            if (owner.startsWith("io.outeract.")) {
                return "outeract";
            }
            if (owner.startsWith("com.sun.crypto.") || owner.startsWith("javax.crypto.")
                    || owner.startsWith("sun.security.")) {
                return "jdk-crypto";
            }
            if (owner.startsWith("ch.qos.logback.") || owner.startsWith("org.slf4j.")) {
                return "logging";
            }
        }
        return "jdk/other";
    }

    private static String firstNonJdk(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String owner = frame.getMethod().getType().getName();
            if (!owner.startsWith("java.") && !owner.startsWith("jdk.")
                    && !owner.startsWith("sun.")) {
                return owner.substring(owner.lastIndexOf('.') + 1) + "."
                        + frame.getMethod().getName();
            }
        }
        return "?";
    }

    private static String threadGroup(String name) {
        if (name == null) {
            return "?";
        }
        return name.replaceAll("[-#]?\\d+$", "").replaceAll("\\d+", "N");
    }

    private static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    private static List<Map<String, Object>> topShares(Map<String, Long> counts, long total,
            int top) {
        List<Map<String, Object>> out = new ArrayList<>();
        counts.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(top)
                .forEach(entry -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", entry.getKey());
                    row.put("samples", entry.getValue());
                    row.put("share", Stats.round(total == 0 ? 0 : entry.getValue() * 1.0 / total));
                    out.add(row);
                });
        return out;
    }
}
