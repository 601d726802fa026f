package io.outeract.faults.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the server stored for a tenant, read straight from its database: the deduplication
 * ledger, the inbound events in the event store, and the rows of the event-graph read models.
 */
public final class StoredEvents {

    private static final String INBOUND_EVENT_TYPES = "('io.outeract.contract.inbound."
            + "MessageReceivedEvent', 'io.outeract.contract.inbound.MessageEditedEvent', "
            + "'io.outeract.contract.inbound.PlatformEventReceivedEvent')";

    private final Database database;

    public StoredEvents(Database database) {
        this.database = database;
    }

    /** Rows of the deduplication ledger, inbound_receipt, claimed for the tenant. */
    public long receipts(Tenant tenant) {
        return database.count("SELECT count(*) FROM inbound_receipt WHERE dedupe_key LIKE ?",
                tenant.applicationId() + ":%");
    }

    /** The keys of those rows: {@code <application id>:<platform's deduplication key>}. */
    public Set<String> receiptKeys(Tenant tenant) {
        return Set.copyOf(database.strings(
                "SELECT dedupe_key FROM inbound_receipt WHERE dedupe_key LIKE ?",
                tenant.applicationId() + ":%"));
    }

    /** How many inbound events the event store holds per deduplication key of the tenant. */
    public Map<String, Long> inboundEventsPerKey(Tenant tenant) {
        return perKey(database.rows("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'dedupeKey', count(*)
                FROM domain_event_entry
                WHERE payload_type IN %s
                  AND convert_from(payload, 'UTF8')::jsonb ->> 'applicationId' = ?
                GROUP BY 1""".formatted(INBOUND_EVENT_TYPES), tenant.applicationId()));
    }

    /** Every event of the tenant in the event store: inbound, outbound, whatever its type. */
    public long allEventsMentioning(Tenant tenant, String payloadTypeLike) {
        return database.count("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type LIKE ? AND convert_from(payload, 'UTF8') LIKE ?""",
                payloadTypeLike, "%" + tenant.applicationId() + "%");
    }

    /** How many rows of the event read model there are per deduplication key of the tenant. */
    public Map<String, Long> readModelEventsPerKey(Tenant tenant) {
        return perKey(database.rows("""
                SELECT payload ->> 'dedupeKey', count(*) FROM event
                WHERE application_id = ?::uuid AND payload ->> 'dedupeKey' IS NOT NULL
                GROUP BY 1""", tenant.applicationId()));
    }

    /** Rows of event_participant for the tenant's events. */
    public long participants(Tenant tenant) {
        return database.count("SELECT count(*) FROM event_participant"
                + " WHERE application_id = ?::uuid", tenant.applicationId());
    }

    /** Platform users of the tenant's connection, the bot among them. */
    public long platformUsers(Tenant tenant) {
        return database.count("SELECT count(*) FROM platform_user WHERE application_id = ?::uuid",
                tenant.applicationId());
    }

    public long users(Tenant tenant) {
        return database.count("SELECT count(*) FROM app_user WHERE application_id = ?::uuid",
                tenant.applicationId());
    }

    private static Map<String, Long> perKey(List<List<Object>> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (List<Object> row : rows) {
            counts.put(String.valueOf(row.get(0)), ((Number) row.get(1)).longValue());
        }
        return counts;
    }
}
