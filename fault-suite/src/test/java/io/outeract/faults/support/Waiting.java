package io.outeract.faults.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded waits: every wait in the suite names how long it may take. */
public final class Waiting {

    private Waiting() {
    }

    /**
     * Probes until {@code done} holds and returns the last value, or fails naming what was
     * awaited and the last value seen. A probe that throws counts as not done yet.
     */
    public static <T> T eventually(String what, Duration within, Supplier<T> probe,
            Predicate<T> done) {
        long deadline = System.nanoTime() + within.toNanos();
        T value = null;
        RuntimeException failure = null;
        while (true) {
            try {
                value = probe.get();
                failure = null;
                if (done.test(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            if (System.nanoTime() > deadline) {
                AssertionError error = new AssertionError("Not so after " + within.toSeconds()
                        + " s: " + what + "; last seen: " + (failure != null ? failure : value));
                if (failure != null) {
                    error.initCause(failure);
                }
                throw error;
            }
            pause(Duration.ofMillis(100));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
