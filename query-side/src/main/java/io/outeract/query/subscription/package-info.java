/** Read models of webhook subscriptions, their deliveries and attempts, and their queries. */
package io.outeract.query.subscription;
