package io.outeract.contract.subscription;

import java.time.Instant;

/**
 * One HTTP call to an endpoint: when it was made, what came back (a status code, or an error
 * when nothing did), how long it took, and the first bytes of the answer.
 */
public record WebhookAttempt(
        int number,
        Instant requestedAt,
        Integer statusCode,
        long latencyMillis,
        String responseBody,
        String error) {
}
