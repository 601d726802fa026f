package io.outeract.api.webhook;

import io.outeract.contract.connection.PlatformConnectedEvent;
import io.outeract.contract.connection.PlatformDisconnectedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps this server's webhook cache true to connections as soon as their events are published
 * here: a disconnected connection's webhook is refused at once, and a shared webhook finds a
 * newly connected account at once instead of calling it unroutable for a few more seconds.
 */
@Component
@ProcessingGroup("webhook-endpoint-cache")
class WebhookEndpointEviction {

    private final VaultWebhookEndpoints endpoints;

    WebhookEndpointEviction(VaultWebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @EventHandler
    void on(PlatformConnectedEvent event) {
        endpoints.forgetAccount(event.platform(), event.externalAccountId());
    }

    @EventHandler
    void on(PlatformDisconnectedEvent event) {
        endpoints.forget(event.connectionId());
    }
}
