package io.outeract.contract.inbound;

import io.outeract.contract.common.PlatformAccount;

/**
 * A platform's report on one of our outbound messages: which message (by the platform's id for
 * it), the state it reached, the platform's own word for that state, and why it failed.
 */
public record DeliveryStatus(
        String platformMessageId,
        DeliveryState state,
        String platformStatus,
        PlatformAccount recipient,
        String errorCode,
        String errorDescription) {

    public DeliveryStatus {
        if (platformMessageId == null || platformMessageId.isBlank()) {
            throw new IllegalArgumentException("A delivery status needs the message it is about");
        }
        if (state == null) {
            throw new IllegalArgumentException("A delivery status needs its state");
        }
    }
}
