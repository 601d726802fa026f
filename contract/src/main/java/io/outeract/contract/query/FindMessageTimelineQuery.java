package io.outeract.contract.query;

import java.util.UUID;

/**
 * Find what happened to one outbound message, in order: requested, retried, sent or failed,
 * and what its platform reported after (delivered, read, failed).
 */
public record FindMessageTimelineQuery(UUID applicationId, UUID messageId) {

    public FindMessageTimelineQuery {
        ApplicationScope.require(applicationId);
    }
}
