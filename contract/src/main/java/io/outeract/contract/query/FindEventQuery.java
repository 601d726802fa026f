package io.outeract.contract.query;

import java.util.UUID;

/** Find one event of an application by its id. */
public record FindEventQuery(UUID applicationId, UUID eventId) {

    public FindEventQuery {
        ApplicationScope.require(applicationId);
    }
}
