/**
 * What the Developer and Admin APIs share of webhook subscriptions: the commands they send, the
 * waits for the read model, and the shape of a subscription in both schemas.
 */
package io.outeract.api.subscription;
