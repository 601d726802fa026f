package io.outeract.command.subscription;

import java.time.Duration;

/**
 * How the dispatcher bounds its work: calls in all and per endpoint, each call's timeout, the
 * lease on a claimed row (longer than any call), and how long an endpoint may fail every
 * attempt before it is disabled.
 */
record DispatchLimits(int concurrency, int perEndpoint, Duration timeout,
        Duration disableAfter) {

    DispatchLimits {
        if (concurrency < 1 || perEndpoint < 1) {
            throw new IllegalArgumentException(
                    "outeract.webhooks.concurrency and per-endpoint-concurrency must be >= 1");
        }
    }

    Duration lease() {
        return timeout.multipliedBy(2).plusSeconds(30);
    }
}
