package io.outeract.contract.query;

import java.util.List;

/** A page of events, newest first, and whether older ones remain. */
public record EventPage(List<EventView> events, boolean hasNextPage) {
}
