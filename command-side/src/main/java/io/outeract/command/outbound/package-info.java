/**
 * Outbound messages. A request becomes a row of the durable send queue; the dispatcher claims
 * due rows, calls the platform outside any event-store transaction, and records the outcome.
 * Retries wait in the queue, so a rate-limited message never blocks the others.
 */
package io.outeract.command.outbound;
