package io.outeract.query.asof;

import java.time.Instant;
import java.util.UUID;

/** One snapshot of the read models as of an instant, and how far its build got. */
public record AsOfSnapshot(UUID id, String schemaName, Instant asOf, Status status,
        long eventsApplied, Long headPosition, Instant createdAt, Instant finishedAt,
        String error) {

    public enum Status {
        BUILDING, READY, FAILED, DROPPED;

        String wireName() {
            return name().toLowerCase();
        }

        static Status fromWireName(String wireName) {
            return valueOf(wireName.toUpperCase());
        }
    }

    AsOfSchema schema() {
        return new AsOfSchema(schemaName);
    }
}
