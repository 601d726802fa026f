package io.outeract.contract.subscription;

import java.util.UUID;

/** The application's subscriptions, or the one given; deleted ones are not found. */
public record FindWebhookSubscriptionsQuery(UUID applicationId, UUID subscriptionId) {
}
