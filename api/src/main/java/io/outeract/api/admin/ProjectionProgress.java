package io.outeract.api.admin;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How fast each projection moves through the history: it samples every projection's position
 * every few seconds, so that a rebuild shows its rate and the time it has left, in the Admin
 * API and, while it replays, in the log.
 */
@Component
class ProjectionProgress implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionProgress.class);

    /** One projection's last two positions, and when each was taken. */
    record Sample(long position, long atNanos, long previousPosition, long previousAtNanos) {

        double eventsPerSecond() {
            long elapsed = atNanos - previousAtNanos;
            return elapsed <= 0 ? 0 : (position - previousPosition) * 1e9 / elapsed;
        }
    }

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final Map<String, Sample> samples = new ConcurrentHashMap<>();
    private ScheduledExecutorService sampler;

    ProjectionProgress(EventProcessingConfiguration processing, JdbcTemplate jdbc,
            @Value("${outeract.projections.progress-interval:5s}") Duration interval) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.interval = interval;
    }

    /** Events per second over the last interval; zero before two samples. */
    double eventsPerSecond(String projection) {
        Sample sample = samples.get(projection);
        return sample == null ? 0 : Math.max(0, sample.eventsPerSecond());
    }

    /** Seconds to the head at the current rate; null when it does not move or is there. */
    Long secondsLeft(String projection, Double position, Long head) {
        double rate = eventsPerSecond(projection);
        if (position == null || head == null || position >= head || rate < 1) {
            return null;
        }
        return (long) Math.ceil((head - position) / rate);
    }

    @Override
    public void start() {
        sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outeract-projection-progress");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(this::sampleAll, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        sampler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return sampler != null && !sampler.isShutdown();
    }

    private void sampleAll() {
        try {
            Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry",
                    Long.class);
            for (String projection : OperationsFields.PROJECTIONS) {
                sample(projection, head);
            }
        } catch (RuntimeException e) {
            log.debug("Could not sample the projections' progress: {}", e.toString());
        }
    }

    private void sample(String projection, Long head) {
        StreamingEventProcessor processor = processing
                .eventProcessor(projection, StreamingEventProcessor.class).orElse(null);
        if (processor == null) {
            return;
        }
        OptionalLong lowest = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).min();
        if (lowest.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        Sample before = samples.get(projection);
        long position = lowest.getAsLong();
        Sample sample = before == null ? new Sample(position, now, position, now)
                : new Sample(position, now, before.position(), before.atNanos());
        samples.put(projection, sample);

        boolean replaying = processor.processingStatus().values().stream()
                .anyMatch(EventTrackerStatus::isReplaying);
        if (replaying && head != null && head > 0 && sample.position() < head) {
            Long left = secondsLeft(projection, (double) sample.position(), head);
            log.info("Rebuilding {}: position {} of {} ({}%), {} events/s, {}", projection,
                    sample.position(), head, sample.position() * 100 / head,
                    Math.round(sample.eventsPerSecond()),
                    left == null ? "time left unknown yet" : "about " + left + " s left");
        }
    }
}
