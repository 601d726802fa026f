package io.outeract.contract.query;

import java.util.UUID;

/** Find one outbound message of an application. */
public record FindMessageQuery(UUID applicationId, UUID messageId) {

    public FindMessageQuery {
        ApplicationScope.require(applicationId);
    }
}
