package io.outeract.api.webhook;

import io.outeract.contract.connection.PlatformDisconnectedEvent;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Clears a disconnected connection from this server's webhook cache as soon as the event is
 * published here, so its webhook is refused at once on the server that disconnected it.
 */
@Component
@org.axonframework.config.ProcessingGroup("webhook-endpoint-cache")
class DisconnectedEndpointEviction {

    private final VaultWebhookEndpoints endpoints;

    DisconnectedEndpointEviction(VaultWebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @EventHandler
    void on(PlatformDisconnectedEvent event) {
        endpoints.forget(event.connectionId());
    }
}
