package io.outeract.adapters.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Discord said about its rate limits, remembered so that a send it would refuse is not
 * made: a 429 or an answer with {@code X-RateLimit-Remaining: 0} closes the channel's bucket
 * for {@code retry_after} or {@code X-RateLimit-Reset-After}; a global 429 closes every one.
 * Create Message's bucket is per channel, its top-level resource, so channels key the buckets.
 * Refused requests count toward Discord's ban of an address, which is why waiting here beats
 * asking. Memory only: a restarted server asks once and learns again.
 */
final class DiscordRateLimits {

    private final Clock clock;
    private final Map<String, Instant> closedUntil = new ConcurrentHashMap<>();
    private volatile Instant globalClosedUntil = Instant.MIN;

    DiscordRateLimits(Clock clock) {
        this.clock = clock;
    }

    /** How long to wait before sending to the channel, if its bucket or all are closed. */
    Optional<Duration> waitBefore(String channelId) {
        Instant now = clock.instant();
        Instant until = closedUntil.getOrDefault(channelId, Instant.MIN);
        if (globalClosedUntil.isAfter(until)) {
            until = globalClosedUntil;
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void record(String channelId, DiscordAnswer answer) {
        Instant now = clock.instant();
        if (answer.httpStatus() == 429 && answer.global() && answer.retryAfter() != null) {
            globalClosedUntil = now.plus(answer.retryAfter());
        } else if (answer.httpStatus() == 429 && answer.retryAfter() != null) {
            closedUntil.put(channelId, now.plus(answer.retryAfter()));
        } else if (answer.bucketExhausted()) {
            closedUntil.put(channelId, now.plus(answer.resetAfter()));
        } else {
            closedUntil.remove(channelId);
        }
    }
}
