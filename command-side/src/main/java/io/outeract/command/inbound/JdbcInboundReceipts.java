package io.outeract.command.inbound;

import java.sql.Array;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Claims a whole batch of keys in one statement. A concurrent claim of the same key by another
 * transaction waits on the unique index and then finds it taken, so two nodes never both win.
 */
@Component
class JdbcInboundReceipts implements InboundReceipts {

    private final JdbcTemplate jdbc;

    JdbcInboundReceipts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> claimNew(Collection<String> dedupeKeys) {
        if (dedupeKeys.isEmpty()) {
            return Set.of();
        }
        return jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
            Array keys = connection.createArrayOf("text", dedupeKeys.toArray());
            try (var statement = connection.prepareStatement("""
                    INSERT INTO inbound_receipt (dedupe_key)
                    SELECT DISTINCT key FROM unnest(?::text[]) AS key
                    ON CONFLICT (dedupe_key) DO NOTHING
                    RETURNING dedupe_key""")) {
                statement.setArray(1, keys);
                Set<String> claimed = new HashSet<>();
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(rows.getString(1));
                    }
                }
                return claimed;
            }
        });
    }
}
