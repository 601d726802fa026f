package io.outeract.ingress;

import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.util.UUID;

/**
 * A connection as its webhook sees it: whose it is, its platform and account, and its webhook
 * secrets.
 */
public record WebhookEndpoint(
        UUID connectionId,
        UUID applicationId,
        Platform platform,
        String externalAccountId,
        Credentials secrets) {

    @Override
    public String toString() {
        return "WebhookEndpoint[" + connectionId + ", " + platform.wireName() + "]";
    }
}
