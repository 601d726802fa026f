package io.outeract.contract.subscription;

/**
 * ACTIVE endpoints are called; PAUSED ones keep their deliveries queued until resumed; DISABLED
 * ones (gone, or failing for days) get no new deliveries until resumed; DELETED is for good.
 */
public enum WebhookSubscriptionStatus {
    ACTIVE,
    PAUSED,
    DISABLED,
    DELETED
}
