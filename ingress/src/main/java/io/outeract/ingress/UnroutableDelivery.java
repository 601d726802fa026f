package io.outeract.ingress;

import io.outeract.contract.common.Platform;
import java.time.Instant;

/**
 * The part of a shared webhook that no connection claims: its platform (null when the webhook's
 * kind is one Outeract does not read), the account it names, why it could not be routed, and
 * the part of the body it came in.
 */
public record UnroutableDelivery(
        Platform platform,
        String externalAccountId,
        String reason,
        String payload,
        Instant receivedAt) {

    @Override
    public String toString() {
        return "UnroutableDelivery[" + platform + ", " + externalAccountId + ", " + reason + "]";
    }
}
