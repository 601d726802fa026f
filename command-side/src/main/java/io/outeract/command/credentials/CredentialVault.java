package io.outeract.command.credentials;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Stores each connection's credentials encrypted, in the transaction of the command that
 * connects it, and hands them out decrypted to whoever must speak to the platform.
 */
public class CredentialVault {

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    /** The unique index of migration V6. */
    private static final String ONE_LIVE_ACCOUNT = "connection_credential_one_live_account";

    private final JdbcTemplate jdbc;
    private final CredentialCipher cipher;
    private final ObjectMapper json;

    public CredentialVault(JdbcTemplate jdbc, CredentialCipher cipher, ObjectMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    public void store(ConnectionRecord connection, Credentials credentials) {
        byte[] sealed = cipher.encrypt(serialise(credentials), boundTo(connection.connectionId()));

        try {
            jdbc.update("""
                    INSERT INTO connection_credential (connection_id, application_id, platform,
                                                       external_account_id, sealed_values)
                    VALUES (?, ?, ?, ?, ?)""",
                    connection.connectionId(), connection.applicationId(),
                    connection.platform().wireName(), connection.externalAccountId(), sealed);
        } catch (DuplicateKeyException e) {
            if (String.valueOf(e.getMessage()).contains(ONE_LIVE_ACCOUNT)) {
                throw new AccountAlreadyConnectedException(connection.platform().wireName());
            }
            throw e;
        }
    }

    public Optional<ConnectionRecord> find(UUID connectionId) {
        List<ConnectionRecord> found = jdbc.query("""
                SELECT connection_id, application_id, platform, external_account_id, disconnected_at
                FROM connection_credential WHERE connection_id = ?""", RECORD, connectionId);
        return found.stream().findFirst();
    }

    /**
     * The live connection that speaks for a platform account (a WhatsApp phone number id, a
     * Page id); a shared webhook finds its connection by it. There is at most one (V6).
     */
    public Optional<ConnectionRecord> findLive(Platform platform, String externalAccountId) {
        List<ConnectionRecord> found = jdbc.query("""
                SELECT connection_id, application_id, platform, external_account_id, disconnected_at
                FROM connection_credential
                WHERE platform = ? AND external_account_id = ? AND disconnected_at IS NULL""",
                RECORD, platform.wireName(), externalAccountId);
        return found.stream().findFirst();
    }

    /** The connection's secrets; empty once it was disconnected and they were erased. */
    public Optional<Credentials> credentials(UUID connectionId) {
        List<byte[]> sealed = jdbc.query(
                "SELECT sealed_values FROM connection_credential WHERE connection_id = ?"
                        + " AND sealed_values IS NOT NULL",
                (row, index) -> row.getBytes(1), connectionId);
        return sealed.stream().findFirst()
                .map(bytes -> deserialise(cipher.decrypt(bytes, boundTo(connectionId))));
    }

    /** Notes the larger account a connection's account belongs to (a WhatsApp WABA). */
    public void setGroupAccount(UUID connectionId, String groupAccountId) {
        jdbc.update("UPDATE connection_credential SET group_account_id = ? WHERE connection_id = ?",
                groupAccountId, connectionId);
    }

    /** The live connections whose accounts belong to this larger account, oldest id first. */
    public List<ConnectionRecord> findLiveInGroup(Platform platform, String groupAccountId) {
        return jdbc.query("""
                SELECT connection_id, application_id, platform, external_account_id, disconnected_at
                FROM connection_credential
                WHERE platform = ? AND group_account_id = ? AND disconnected_at IS NULL
                ORDER BY connection_id""", RECORD, platform.wireName(), groupAccountId);
    }

    public void markDisconnected(UUID connectionId) {
        jdbc.update("UPDATE connection_credential SET disconnected_at = now()"
                + " WHERE connection_id = ? AND disconnected_at IS NULL", connectionId);
    }

    public void erase(UUID connectionId) {
        jdbc.update("UPDATE connection_credential SET sealed_values = NULL WHERE connection_id = ?",
                connectionId);
    }

    private byte[] serialise(Credentials credentials) {
        try {
            return json.writeValueAsBytes(credentials.values());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Credentials could not be serialised", e);
        }
    }

    private Credentials deserialise(byte[] plaintext) {
        try {
            return new Credentials(json.readValue(plaintext, VALUES));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored credentials could not be read", e);
        }
    }

    private static byte[] boundTo(UUID connectionId) {
        return connectionId.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static final RowMapper<ConnectionRecord> RECORD = (row, index) -> new ConnectionRecord(
            row.getObject("connection_id", UUID.class),
            row.getObject("application_id", UUID.class),
            Platform.fromWireName(row.getString("platform")),
            row.getString("external_account_id"),
            row.getTimestamp("disconnected_at") != null);
}
