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
}
