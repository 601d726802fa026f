package io.outeract.contract.inbound;

import java.util.List;

/**
 * For each record of a batch, in order: true when it was stored now, false when it had been stored
 * before.
 */
public record InboundBatchOutcome(List<Boolean> recorded) {
}
