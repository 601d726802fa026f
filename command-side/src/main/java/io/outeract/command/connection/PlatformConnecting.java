package io.outeract.command.connection;

import io.outeract.command.credentials.ConnectionRecord;
import io.outeract.command.credentials.CredentialVault;
import io.outeract.contract.connection.ConnectPlatformCommand;
import io.outeract.contract.connection.DisconnectPlatformCommand;
import io.outeract.contract.connection.PlatformConnectedEvent;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Connecting and disconnecting touch two things that must change together: the vault, which
 * holds the secrets and answers the webhook, and the connection's own history.
 */
@Component
public class PlatformConnecting {

    private final Repository<PlatformConnection> connections;
    private final CredentialVault vault;
    private final Clock clock;

    public PlatformConnecting(
            Repository<PlatformConnection> connections, CredentialVault vault, Clock clock) {
        this.connections = connections;
        this.vault = vault;
        this.clock = clock;
    }

    @CommandHandler
    public UUID handle(ConnectPlatformCommand command) throws Exception {
        requireText(command.externalAccountId(), "the platform account id");
        vault.store(new ConnectionRecord(command.connectionId(), command.applicationId(),
                command.platform(), command.externalAccountId(), false), command.credentials());
        if (command.groupAccountId() != null) {
            vault.setGroupAccount(command.connectionId(), command.groupAccountId());
        }

        PlatformConnectedEvent connected = new PlatformConnectedEvent(command.connectionId(),
                command.applicationId(), command.platform(), command.externalAccountId(),
                command.displayName(), clock.instant());
        connections.newInstance(() -> new PlatformConnection(connected));
        return command.connectionId();
    }

    @CommandHandler
    public void handle(DisconnectPlatformCommand command) {
        ConnectionRecord record = vault.find(command.connectionId())
                .filter(found -> found.applicationId().equals(command.applicationId()))
                .orElseThrow(() -> new ConnectionNotFoundException(command.connectionId()));

        vault.markDisconnected(record.connectionId());
        connections.load(record.connectionId().toString())
                .execute(connection -> connection.disconnect(command, clock));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A connection needs " + what);
        }
    }
}
