package io.outeract.contract.query;

import java.util.UUID;

/** Find one stored file of an application. */
public record FindStoredFileQuery(UUID applicationId, UUID fileId) {

    public FindStoredFileQuery {
        ApplicationScope.require(applicationId);
    }
}
