package io.outeract.command;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadFactory;

/**
 * How a queue's claimer waits for work: until the next row falls due, at most an idle poll,
 * or until it is told at once that new work committed. The send queue and the webhook
 * delivery queue both wait this way.
 */
public final class DueWorkSignal {

    private static final Duration OVERDUE_PAUSE = Duration.ofMillis(10);

    private final Object signal = new Object();
    private final Duration idlePoll;

    public DueWorkSignal(Duration idlePoll) {
        this.idlePoll = idlePoll;
    }

    /** New work committed: a waiting claimer looks at once. */
    public void wakeUp() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /**
     * Waits until {@code nextDueAt} (null: nothing queued), at most the idle poll.
     *
     * @return false when the thread was interrupted, and should stop
     */
    public boolean awaitDue(Instant nextDueAt, Instant now) {
        Duration wait = idlePoll;
        if (nextDueAt != null) {
            Duration untilDue = Duration.between(now, nextDueAt);
            wait = untilDue.isNegative() ? OVERDUE_PAUSE
                    : untilDue.compareTo(idlePoll) <= 0 ? untilDue : idlePoll;
        }
        return pause(wait);
    }

    /** Waits the idle poll, as after a failed claim; false when interrupted. */
    public boolean pauseIdle() {
        return pause(idlePoll);
    }

    /** Waits {@code wait}, or less if woken; false when the thread was interrupted. */
    public boolean pause(Duration wait) {
        synchronized (signal) {
            try {
                signal.wait(Math.max(1, wait.toMillis()));
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Daemon threads of one name, so that a stuck call never holds the JVM open. */
    public static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
