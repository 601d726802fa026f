package io.outeract.command.connection;

import io.outeract.adapters.PlatformAdapters;
import io.outeract.adapters.WebhookRegistration;
import io.outeract.command.credentials.CredentialVault;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.connection.ActivateConnectionCommand;
import io.outeract.contract.connection.PlatformConnectedEvent;
import io.outeract.contract.connection.PlatformDisconnectedEvent;
import io.outeract.contract.connection.RecordConnectionFailureCommand;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the platform where to deliver a new connection's webhooks, and tells it to stop when the
 * connection is disconnected. These calls reach the outside world, so they never run on replay.
 */
@Component
@ProcessingGroup(ConnectionWebhookRegistrar.GROUP)
@DisallowReplay
class ConnectionWebhookRegistrar {

    static final String GROUP = "connection-webhooks";
    private static final Logger log = LoggerFactory.getLogger(ConnectionWebhookRegistrar.class);

    private final PlatformAdapters adapters;
    private final CredentialVault vault;
    private final WebhookAddresses addresses;
    private final CommandGateway commands;

    ConnectionWebhookRegistrar(PlatformAdapters adapters, CredentialVault vault,
            WebhookAddresses addresses, CommandGateway commands) {
        this.adapters = adapters;
        this.vault = vault;
        this.addresses = addresses;
        this.commands = commands;
    }

    @EventHandler
    void on(PlatformConnectedEvent event) {
        Optional<Credentials> credentials = vault.credentials(event.connectionId());
        if (credentials.isEmpty()) {
            return;
        }

        try {
            WebhookRegistration registration = addresses.registrationFor(
                    event.connectionId(), credentials.get());
            adapters.of(event.platform()).registerWebhook(registration, credentials.get());
            log.info("Registered the webhook of connection {} with {}", event.connectionId(),
                    event.platform().wireName());
            commands.sendAndWait(new ActivateConnectionCommand(event.connectionId()));
        } catch (RuntimeException e) {
            log.warn("Could not register the webhook of connection {} with {}: {}",
                    event.connectionId(), event.platform().wireName(), e.getMessage());
            commands.sendAndWait(
                    new RecordConnectionFailureCommand(event.connectionId(), e.getMessage()));
        }
    }

    @EventHandler
    void on(PlatformDisconnectedEvent event) {
        vault.find(event.connectionId()).ifPresent(connection -> {
            vault.credentials(event.connectionId()).ifPresent(credentials ->
                    adapters.of(connection.platform()).unregisterWebhook(credentials));
            vault.erase(event.connectionId());
            log.info("Erased the credentials of disconnected connection {}", event.connectionId());
        });
    }
}
