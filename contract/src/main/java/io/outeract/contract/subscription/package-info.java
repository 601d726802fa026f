/**
 * Webhook subscriptions: an application's own HTTPS endpoint, the event types it wants, and the
 * record of every delivery attempt. Signing secrets travel in the commands that create or rotate
 * them and in no event.
 */
package io.outeract.contract.subscription;
