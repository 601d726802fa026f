package io.outeract.command.connection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.command.credentials.CredentialCipher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slack installs between the admin's request for a link and Slack's return with a code. The
 * state in the link is random and shown once; only its hash is stored, so the table alone
 * cannot complete an install. Taking a request consumes it, so a state works once.
 */
@Component
public class SlackInstallRequests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TypeReference<Map<String, String>> SECRETS = new TypeReference<>() {
    };

    /** An install waiting for Slack: whose it is, the connection it will be, its secrets. */
    public record Pending(UUID applicationId, UUID connectionId, Map<String, String> secrets) {

        @Override
        public String toString() {
            return "Pending[" + applicationId + ", " + connectionId + ", secrets hidden]";
        }
    }

    private final JdbcTemplate jdbc;
    private final CredentialCipher cipher;
    private final ObjectMapper json;

    public SlackInstallRequests(JdbcTemplate jdbc, CredentialCipher cipher, ObjectMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    /** Keeps a request until {@code expiresAt}; the answer is the state to put in the link. */
    public String open(UUID applicationId, UUID connectionId, Map<String, String> secrets,
            Instant expiresAt) throws IOException {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        byte[] hash = hash(state);

        jdbc.update("""
                INSERT INTO slack_install_request (state_hash, application_id, connection_id,
                    sealed_secrets, expires_at)
                VALUES (?, ?, ?, ?, ?)""",
                hash, applicationId, connectionId,
                cipher.encrypt(json.writeValueAsBytes(secrets), hash),
                Timestamp.from(expiresAt));
        return state;
    }

    /** The request this state opened, once only and before it expired; else empty. */
    public Optional<Pending> take(String state) {
        byte[] hash = hash(state);
        List<Pending> taken = jdbc.query("""
                UPDATE slack_install_request SET consumed_at = now()
                WHERE state_hash = ? AND consumed_at IS NULL AND expires_at > now()
                RETURNING application_id, connection_id, sealed_secrets""",
                (row, index) -> new Pending(row.getObject("application_id", UUID.class),
                        row.getObject("connection_id", UUID.class),
                        unseal(row.getBytes("sealed_secrets"), hash)),
                hash);
        return taken.stream().findFirst();
    }

    private Map<String, String> unseal(byte[] sealed, byte[] hash) {
        try {
            return json.readValue(cipher.decrypt(sealed, hash), SECRETS);
        } catch (IOException e) {
            throw new IllegalStateException("A Slack install request's secrets cannot be read", e);
        }
    }

    private static byte[] hash(String state) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
