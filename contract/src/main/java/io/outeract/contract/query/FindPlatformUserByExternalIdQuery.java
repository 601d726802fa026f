package io.outeract.contract.query;

import java.util.UUID;

/** Find the platform user with a platform's own id on one connection of an application. */
public record FindPlatformUserByExternalIdQuery(
        UUID applicationId, UUID connectionId, String externalId) {

    public FindPlatformUserByExternalIdQuery {
        ApplicationScope.require(applicationId);
    }
}
