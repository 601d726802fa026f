package io.outeract.adapters;

import io.outeract.contract.outbound.SendError;
import java.time.Duration;

/** What came of one send attempt: sent, worth retrying later, or failed for good. */
public sealed interface SendResult {

    /** {@code segments}: how many SMS parts the message took, where the platform bills so. */
    record Sent(String platformMessageId, Integer segments) implements SendResult {

        public Sent(String platformMessageId) {
            this(platformMessageId, null);
        }
    }

    /** A passing failure; {@code delay} is the platform's own wait when it named one. */
    record RetryLater(SendError error, Duration delay) implements SendResult {
    }

    record Failed(SendError error) implements SendResult {
    }
}
