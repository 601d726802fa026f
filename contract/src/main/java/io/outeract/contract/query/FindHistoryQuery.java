package io.outeract.contract.query;

import java.util.UUID;

/**
 * Find an application's history in global order, oldest first: the events after
 * {@code afterPosition} and no later than {@code horizon}, the position up to which every event
 * is known, so that a page once read never gains an event it skipped.
 */
public record FindHistoryQuery(
        UUID applicationId,
        EventFilter filter,
        String aggregateId,
        Long afterPosition,
        long horizon,
        int first) {

    public FindHistoryQuery {
        ApplicationScope.require(applicationId);
        filter = filter == null ? EventFilter.none() : filter;
        if (first < 1 || first > 1000) {
            throw new IllegalArgumentException("first must be between 1 and 1000, was " + first);
        }
    }
}
