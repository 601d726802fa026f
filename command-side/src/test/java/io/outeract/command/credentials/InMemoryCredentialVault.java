package io.outeract.command.credentials;

import io.outeract.contract.common.Credentials;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A vault that keeps its connections in memory, for specifications that need a vault's answers
 * but not its table. It behaves as the real one does: a stored connection starts connected, and
 * erasing forgets the secrets but not the connection.
 */
public class InMemoryCredentialVault extends CredentialVault {

    private final Map<UUID, ConnectionRecord> connections = new HashMap<>();
    private final Map<UUID, Credentials> secrets = new HashMap<>();

    public InMemoryCredentialVault() {
        // Every method is overridden, so the table, the cipher and the mapper are never reached.
        super(null, null, null);
    }

    @Override
    public void store(ConnectionRecord connection, Credentials credentials) {
        if (connections.containsKey(connection.connectionId())) {
            throw new IllegalStateException("Connection " + connection.connectionId()
                    + " is in the vault already");
        }
        connections.put(connection.connectionId(), withDisconnected(connection, false));
        secrets.put(connection.connectionId(), credentials);
    }

    @Override
    public Optional<ConnectionRecord> find(UUID connectionId) {
        return Optional.ofNullable(connections.get(connectionId));
    }

    @Override
    public Optional<Credentials> credentials(UUID connectionId) {
        return Optional.ofNullable(secrets.get(connectionId));
    }

    @Override
    public void markDisconnected(UUID connectionId) {
        connections.computeIfPresent(connectionId, (id, found) -> withDisconnected(found, true));
    }

    @Override
    public void erase(UUID connectionId) {
        secrets.remove(connectionId);
    }

    private static ConnectionRecord withDisconnected(
            ConnectionRecord record, boolean disconnected) {
        return new ConnectionRecord(record.connectionId(), record.applicationId(),
                record.platform(), record.externalAccountId(), disconnected);
    }
}
