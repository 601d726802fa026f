package io.outeract.contract.subscription;

/** What an attempt led to: delivered, another attempt later, or no more attempts. */
public enum DeliveryOutcome {
    SUCCEEDED,
    RETRY_SCHEDULED,
    FAILED
}
