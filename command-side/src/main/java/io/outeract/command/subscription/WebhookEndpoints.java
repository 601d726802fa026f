package io.outeract.command.subscription;

import io.outeract.command.credentials.CredentialCipher;
import io.outeract.contract.subscription.WebhookSubscriptionStatus;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The {@code webhook_subscription} table: each endpoint's URL, filters and status, and its
 * signing secrets sealed with the credentials key. Written in the transaction of the command
 * that changes them, so the dispatcher never reads a state the history does not have.
 */
public class WebhookEndpoints {

    private static final RowMapper<Endpoint> ENDPOINT = WebhookEndpoints::endpoint;

    private final JdbcTemplate jdbc;
    private final CredentialCipher cipher;

    public WebhookEndpoints(JdbcTemplate jdbc, CredentialCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Endpoint endpoint, String secret) {
        jdbc.update("""
                INSERT INTO webhook_subscription (subscription_id, application_id, url,
                    event_types, status, sealed_secret, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                endpoint.subscriptionId(), endpoint.applicationId(), endpoint.url(),
                types(endpoint.eventTypes()), endpoint.status().name(),
                seal(endpoint.subscriptionId(), secret), Timestamp.from(endpoint.createdAt()));
    }

    void update(UUID subscriptionId, String url, List<String> eventTypes) {
        jdbc.update("UPDATE webhook_subscription SET url = ?, event_types = ?"
                + " WHERE subscription_id = ?", url, types(eventTypes), subscriptionId);
    }

    void status(UUID subscriptionId, WebhookSubscriptionStatus status) {
        jdbc.update("UPDATE webhook_subscription SET status = ?, failing_since = NULL"
                + " WHERE subscription_id = ?", status.name(), subscriptionId);
    }

    /** The new secret signs from now on; the one it replaces until {@code previousUntil}. */
    void rotate(UUID subscriptionId, String secret, Instant previousUntil) {
        jdbc.update("""
                UPDATE webhook_subscription
                SET sealed_previous_secret = sealed_secret, sealed_secret = ?,
                    previous_secret_expires_at = ?
                WHERE subscription_id = ?""",
                seal(subscriptionId, secret), Timestamp.from(previousUntil), subscriptionId);
    }

    /** The HMAC keys that sign now: the current secret's, and the previous one's in grace. */
    List<byte[]> signingKeys(UUID subscriptionId, Instant now) {
        List<byte[]> keys = new ArrayList<>();
        jdbc.query("""
                SELECT sealed_secret, sealed_previous_secret, previous_secret_expires_at
                FROM webhook_subscription WHERE subscription_id = ?""", row -> {
                    keys.add(unseal(subscriptionId, row.getBytes("sealed_secret")));
                    Timestamp expires = row.getTimestamp("previous_secret_expires_at");
                    byte[] previous = row.getBytes("sealed_previous_secret");
                    if (previous != null && expires != null && expires.toInstant().isAfter(now)) {
                        keys.add(unseal(subscriptionId, previous));
                    }
                }, subscriptionId);
        return keys;
    }

    List<Endpoint> ofApplication(UUID applicationId) {
        return jdbc.query("""
                SELECT subscription_id, application_id, url, event_types, status, created_at
                FROM webhook_subscription
                WHERE application_id = ? AND status <> 'DELETED'""", ENDPOINT, applicationId);
    }

    /** Notes a failed attempt; answers since when every attempt has failed. */
    Instant failedAt(UUID subscriptionId, Instant now) {
        return jdbc.queryForObject("""
                UPDATE webhook_subscription SET failing_since = COALESCE(failing_since, ?)
                WHERE subscription_id = ? RETURNING failing_since""",
                Timestamp.class, Timestamp.from(now), subscriptionId).toInstant();
    }

    void succeeded(UUID subscriptionId) {
        jdbc.update("UPDATE webhook_subscription SET failing_since = NULL"
                + " WHERE subscription_id = ? AND failing_since IS NOT NULL", subscriptionId);
    }

    private byte[] seal(UUID subscriptionId, String secret) {
        SigningSecrets.keyOf(secret);
        return cipher.encrypt(secret.getBytes(StandardCharsets.UTF_8), boundTo(subscriptionId));
    }

    private byte[] unseal(UUID subscriptionId, byte[] sealed) {
        String secret = new String(cipher.decrypt(sealed, boundTo(subscriptionId)),
                StandardCharsets.UTF_8);
        return SigningSecrets.keyOf(secret);
    }

    private static byte[] boundTo(UUID subscriptionId) {
        return ("webhook-subscription:" + subscriptionId).getBytes(StandardCharsets.UTF_8);
    }

    private static String[] types(List<String> eventTypes) {
        return eventTypes.toArray(String[]::new);
    }

    private static Endpoint endpoint(ResultSet row, int index) throws SQLException {
        Array types = row.getArray("event_types");
        return new Endpoint(row.getObject("subscription_id", UUID.class),
                row.getObject("application_id", UUID.class), row.getString("url"),
                Arrays.asList((String[]) types.getArray()),
                WebhookSubscriptionStatus.valueOf(row.getString("status")),
                row.getTimestamp("created_at").toInstant());
    }
}
