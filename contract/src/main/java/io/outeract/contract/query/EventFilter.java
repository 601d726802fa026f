package io.outeract.contract.query;

import io.outeract.contract.common.Platform;
import java.time.Instant;
import java.util.UUID;

/** What the events query narrows the history to; every field is optional. */
public record EventFilter(
        String typeEquals,
        String typeContains,
        String typeStartsWith,
        Instant createdFrom,
        Instant createdBefore,
        UUID connectionId,
        Platform platform,
        UUID userId,
        UUID platformUserId) {

    public static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null, null, null, null);
    }
}
