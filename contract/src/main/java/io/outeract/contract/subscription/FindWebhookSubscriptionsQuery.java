package io.outeract.contract.subscription;

import java.util.UUID;

/**
 * The application's subscriptions, or the one given (of any application when the application
 * is null, for the Admin API to check access by); deleted ones are not found.
 */
public record FindWebhookSubscriptionsQuery(UUID applicationId, UUID subscriptionId) {
}
