package io.outeract.contract.inbound;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Record many webhook items in one unit of work; items seen before are skipped, not failed.
 * {@code origins} holds, by event id, the metadata of the webhook request each item came in,
 * since one batch gathers the items of many requests.
 */
public record RecordInboundBatchCommand(
        List<InboundRecord> records, Map<UUID, Map<String, String>> origins) {

    public RecordInboundBatchCommand {
        records = List.copyOf(records);
        origins = origins == null ? Map.of() : Map.copyOf(origins);
    }

    public RecordInboundBatchCommand(List<InboundRecord> records) {
        this(records, Map.of());
    }
}
