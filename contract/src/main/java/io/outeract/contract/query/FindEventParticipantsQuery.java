package io.outeract.contract.query;

import java.util.List;
import java.util.UUID;

/** Find the senders and recipients of several events of one application at once. */
public record FindEventParticipantsQuery(UUID applicationId, List<UUID> eventIds) {

    public FindEventParticipantsQuery {
        ApplicationScope.require(applicationId);
        eventIds = List.copyOf(eventIds);
    }
}
