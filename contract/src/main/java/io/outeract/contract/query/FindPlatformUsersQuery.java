package io.outeract.contract.query;

import java.util.List;
import java.util.UUID;

/** Find an application's platform users: those with the given ids, or those of one user, or all. */
public record FindPlatformUsersQuery(UUID applicationId, List<UUID> ids, UUID userId, int first) {

    public FindPlatformUsersQuery {
        ApplicationScope.require(applicationId);
        ids = ids == null ? null : List.copyOf(ids);
    }
}
