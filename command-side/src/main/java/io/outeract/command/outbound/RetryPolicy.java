package io.outeract.command.outbound;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long to wait before the next attempt: the platform's own wait when it named one, else an
 * exponential back-off; and when to give up.
 */
@Component
class RetryPolicy {

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final int maxAttempts;
    private final Duration firstBackoff;

    RetryPolicy(@Value("${outeract.sending.max-attempts:8}") int maxAttempts,
            @Value("${outeract.sending.first-backoff:2s}") Duration firstBackoff) {
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
    }

    boolean mayRetryAfter(int attempt) {
        return attempt < maxAttempts;
    }

    Duration waitAfter(int attempt, Duration platformDelay) {
        if (platformDelay != null) {
            return min(platformDelay, LONGEST_WAIT);
        }
        long factor = 1L << Math.min(attempt - 1, 20);
        return min(firstBackoff.multipliedBy(factor), LONGEST_WAIT);
    }

    private static Duration min(Duration first, Duration second) {
        return first.compareTo(second) <= 0 ? first : second;
    }
}
