/**
 * What platforms told Outeract: each webhook item is recorded once, as its own small aggregate
 * keyed by the platform's deduplication key, so a redelivery changes nothing.
 */
package io.outeract.contract.inbound;
