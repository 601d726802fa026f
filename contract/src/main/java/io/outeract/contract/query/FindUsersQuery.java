package io.outeract.contract.query;

import java.util.List;
import java.util.UUID;

/** Find an application's users: those with the given ids, or a page of all, newest first. */
public record FindUsersQuery(UUID applicationId, List<UUID> ids, int first) {

    public FindUsersQuery {
        ApplicationScope.require(applicationId);
        ids = ids == null ? null : List.copyOf(ids);
    }
}
