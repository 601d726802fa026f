package io.outeract.command.subscription;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The event types a subscription wants: exact names such as {@code message.received}, prefixes
 * such as {@code message.*}, or {@code *} for every type.
 */
final class EventTypeFilters {

    static final int MAX_FILTERS = 50;
    private static final Pattern FILTER =
            Pattern.compile("\\*|([a-z0-9_]+\\.)*([a-z0-9_]+|\\*)");

    private EventTypeFilters() {
    }

    /** The filters, checked, trimmed and without repeats; IllegalArgumentException if wrong. */
    static List<String> normalise(List<String> filters) {
        if (filters == null || filters.isEmpty()) {
            throw new IllegalArgumentException(
                    "A subscription needs at least one event type, such as message.* or *");
        }
        if (filters.size() > MAX_FILTERS) {
            throw new IllegalArgumentException(
                    "A subscription has at most " + MAX_FILTERS + " event types");
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String filter : filters) {
            String trimmed = filter == null ? "" : filter.strip();
            if (trimmed.length() > 200 || !FILTER.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("'" + trimmed + "' is not an event type "
                        + "filter: give a name such as message.received or a prefix such as "
                        + "message.*");
            }
            normalised.add(trimmed);
        }
        return List.copyOf(normalised);
    }

    static boolean matches(List<String> filters, String eventType) {
        return filters.stream().anyMatch(filter -> matches(filter, eventType));
    }

    private static boolean matches(String filter, String eventType) {
        if (filter.endsWith("*")) {
            return eventType.startsWith(filter.substring(0, filter.length() - 1));
        }
        return filter.equals(eventType);
    }
}
