package io.outeract.contract.query;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;

/**
 * One event of an application's history: its type and payload, the aggregate it belongs to and
 * its place in that aggregate's stream, its metadata (correlation and causation ids, and the
 * request it came from), its time and its global position.
 */
public record HistoryEntry(
        UUID id,
        String eventType,
        UUID connectionId,
        Platform platform,
        String payloadJson,
        String metadataJson,
        String aggregateId,
        Long aggregateSequence,
        Instant createdAt,
        long position) {
}
