package io.outeract.ingress;

import java.util.Optional;
import java.util.UUID;

/** Finds the live connection a dedicated webhook URL names; a disconnected one is not found. */
public interface WebhookEndpoints {

    Optional<WebhookEndpoint> find(UUID connectionId);
}
