/**
 * Platform webhooks: each delivery is checked (secret, signature, size) before it is parsed,
 * read by its platform's adapter, recorded in batches, and acknowledged only once stored.
 */
package io.outeract.ingress;
