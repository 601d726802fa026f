package io.outeract.contract.subscription;

/** Why Outeract stopped calling an endpoint on its own. */
public enum DisableReason {
    /** The endpoint answered 410 Gone. */
    ENDPOINT_GONE,
    /** Every attempt failed for the configured period (five days by default). */
    FAILING_TOO_LONG
}
