package io.outeract.command.subscription;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.convert.DurationStyle;

/**
 * When to try again: the n-th entry of the schedule is the wait before the n-th attempt, the
 * first being 0 (at once). Waits are spread by up to a tenth either way, so that endpoints that
 * failed together are not all called again in the same instant.
 */
final class RetrySchedule {

    private static final double JITTER = 0.1;

    private final List<Duration> waits;

    RetrySchedule(List<Duration> waits) {
        if (waits.isEmpty()) {
            throw new IllegalArgumentException("outeract.webhooks.retry-schedule is empty");
        }
        this.waits = List.copyOf(waits);
    }

    /** Parses a comma-separated schedule such as {@code 0s,5s,5m,30m,2h}. */
    static RetrySchedule parse(String schedule) {
        return new RetrySchedule(Arrays.stream(schedule.split(","))
                .map(String::strip).map(DurationStyle::detectAndParse).toList());
    }

    int attempts() {
        return waits.size();
    }

    boolean mayRetryAfter(int roundAttempt) {
        return roundAttempt < waits.size();
    }

    /** The wait after the given attempt of the round failed, jitter included. */
    Duration waitAfter(int roundAttempt) {
        Duration wait = waits.get(Math.min(roundAttempt, waits.size() - 1));
        double factor = 1 + ThreadLocalRandom.current().nextDouble(-JITTER, JITTER);
        return Duration.ofMillis(Math.round(wait.toMillis() * factor));
    }
}
