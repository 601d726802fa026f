package io.outeract.contract.query;

import java.util.UUID;

/** Find an application's platform connections, or the one with the given id. */
public record FindConnectionsQuery(UUID applicationId, UUID connectionId) {

    public FindConnectionsQuery {
        ApplicationScope.require(applicationId);
    }
}
