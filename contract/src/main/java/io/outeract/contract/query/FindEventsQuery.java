package io.outeract.contract.query;

import java.util.UUID;

/** Find an application's events, newest first, after the given position when paging on. */
public record FindEventsQuery(
        UUID applicationId, EventFilter filter, int first, Long beforePosition) {

    public FindEventsQuery {
        ApplicationScope.require(applicationId);
        filter = filter == null ? EventFilter.none() : filter;
        if (first < 1 || first > 100) {
            throw new IllegalArgumentException("first must be between 1 and 100, was " + first);
        }
    }
}
