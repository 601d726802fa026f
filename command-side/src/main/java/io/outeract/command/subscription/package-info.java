/**
 * Webhook subscriptions and their deliveries: the {@code WebhookSubscription} and
 * {@code WebhookDelivery} aggregates, the table of endpoints with their sealed secrets, the
 * durable delivery queue fed by the event stream, the dispatcher that calls endpoints, and the
 * guard that keeps those calls away from internal addresses.
 */
package io.outeract.command.subscription;
