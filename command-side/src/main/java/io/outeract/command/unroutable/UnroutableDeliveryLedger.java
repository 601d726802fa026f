package io.outeract.command.unroutable;

import io.outeract.contract.common.Platform;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The deliveries of shared webhooks that no connection claimed, for operators to see. Each is
 * kept once by its fingerprint (platform, account and payload): Meta's redeliveries raise its
 * count instead of adding rows.
 */
@Component
public class UnroutableDeliveryLedger {

    /** One unroutable delivery as an operator sees it. */
    public record Entry(
            UUID deliveryId,
            Platform platform,
            String externalAccountId,
            String reason,
            String payload,
            Instant firstReceivedAt,
            Instant lastReceivedAt,
            int timesReceived) {
    }

    private static final RowMapper<Entry> ENTRY = (row, index) -> new Entry(
            row.getObject("delivery_id", UUID.class),
            row.getString("platform") == null ? null
                    : Platform.fromWireName(row.getString("platform")),
            row.getString("external_account_id"),
            row.getString("reason"),
            row.getString("payload"),
            row.getTimestamp("first_received_at").toInstant(),
            row.getTimestamp("last_received_at").toInstant(),
            row.getInt("times_received"));

    private final JdbcTemplate jdbc;

    public UnroutableDeliveryLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(Platform platform, String externalAccountId, String reason, String payload,
            Instant receivedAt) {
        jdbc.update("""
                INSERT INTO unroutable_delivery (delivery_id, fingerprint, platform,
                    external_account_id, reason, payload, first_received_at, last_received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fingerprint) DO UPDATE SET
                    times_received = unroutable_delivery.times_received + 1,
                    last_received_at = greatest(unroutable_delivery.last_received_at,
                        excluded.last_received_at)""",
                UUID.randomUUID(), fingerprint(platform, externalAccountId, payload),
                platform == null ? null : platform.wireName(), externalAccountId, reason, payload,
                Timestamp.from(receivedAt), Timestamp.from(receivedAt));
    }

    /** The most recently received first, at most {@code limit}. */
    public List<Entry> newest(int limit) {
        return jdbc.query("""
                SELECT * FROM unroutable_delivery
                ORDER BY last_received_at DESC, delivery_id LIMIT ?""", ENTRY, limit);
    }

    /** How many distinct unroutable deliveries are kept. */
    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM unroutable_delivery", Long.class);
        return count == null ? 0 : count;
    }

    private static byte[] fingerprint(Platform platform, String account, String payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String platformName = platform == null ? "" : platform.wireName();
            for (String part : List.of(platformName, account, payload)) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
