package io.outeract.ingress;

import io.outeract.contract.common.Platform;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the live connection a webhook is for: by the connection id of a dedicated URL, or by
 * the platform account a shared webhook names. A disconnected connection is not found.
 */
public interface WebhookEndpoints {

    Optional<WebhookEndpoint> find(UUID connectionId);

    Optional<WebhookEndpoint> findByAccount(Platform platform, String externalAccountId);

    /**
     * The connection that takes what a webhook says of a larger account (a WhatsApp business
     * account) rather than of one number: one of the account's connections, found only when
     * all of them belong to one application, so that nothing reaches another tenant.
     */
    Optional<WebhookEndpoint> findByGroupAccount(Platform platform, String groupAccountId);
}
