package io.outeract.query.asof;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The event store table's names, as {@code EventPositions} is told them live. */
@Component
public record EventStoreNames(
        @Value("${outeract.query.event-store.table:domain_event_entry}") String table,
        @Value("${outeract.query.event-store.global-index-column:global_index}")
        String globalIndex,
        @Value("${outeract.query.event-store.event-identifier-column:event_identifier}")
        String eventIdentifier) {
}
