package io.outeract.api.history;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.admin.AdminApplications;
import io.outeract.api.developer.EventFilters;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Cursors;
import io.outeract.api.graphql.Fields;
import io.outeract.api.graphql.Ids;
import io.outeract.api.graphql.Queries;
import io.outeract.api.security.DeveloperCaller;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.query.FindHistoryQuery;
import io.outeract.contract.query.FindMessageTimelineQuery;
import io.outeract.contract.query.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The history of an application in global order, oldest first, for analysts: in the Developer
 * API for the key's own application, in the Admin API for an application the admin may see.
 * A page reaches no further than the horizon, so that paging on never skips an event.
 */
@Component
public class HistoryFields {

    private static final int MAX_FIRST = 1000;

    private final Queries queries;
    private final Cursors cursors;
    private final HistoryHorizon horizon;
    private final HistoryViews views;
    private final AdminApplications applications;

    HistoryFields(Queries queries, Cursors cursors, HistoryHorizon horizon, HistoryViews views,
            AdminApplications applications) {
        this.queries = queries;
        this.cursors = cursors;
        this.horizon = horizon;
        this.views = views;
        this.applications = applications;
    }

    public Map<String, Object> history(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        caller.require(ApiScope.EVENTS_READ);
        return page(env, caller.applicationId());
    }

    public Map<String, Object> applicationHistory(DataFetchingEnvironment env) {
        UUID applicationId = applications.visibleTo(env,
                Ids.parse(env.getArgument("applicationId"), "applicationId"));
        return page(env, applicationId);
    }

    public List<Map<String, Object>> timelineOfMessage(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        Map<String, Object> message = env.getSource();
        return queries.list(new FindMessageTimelineQuery(caller.applicationId(),
                (UUID) message.get("id")), HistoryEntry.class).stream()
                .map(views::entry).toList();
    }

    private Map<String, Object> page(DataFetchingEnvironment env, UUID applicationId) {
        int first = env.getArgumentOrDefault("first", 50);
        if (first < 1 || first > MAX_FIRST) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_FIRST);
        }
        String after = env.getArgument("after");
        Long afterPosition = after == null ? null : cursors.decode(after);
        long upTo = horizon.position();

        // One more than asked tells whether there is a next page.
        List<HistoryEntry> entries = upTo < 0 ? List.of() : queries.list(new FindHistoryQuery(
                applicationId, EventFilters.from(env.getArgument("filters")),
                env.getArgument("aggregateId"), afterPosition, upTo, first + 1),
                HistoryEntry.class);
        boolean more = entries.size() > first;
        List<Map<String, Object>> edges = new ArrayList<>();
        for (HistoryEntry entry : entries.subList(0, Math.min(first, entries.size()))) {
            edges.add(Fields.of("node", views.entry(entry),
                    "cursor", cursors.encode(entry.position())));
        }
        String endCursor = edges.isEmpty() ? after
                : (String) edges.get(edges.size() - 1).get("cursor");
        return Fields.of("edges", edges, "pageInfo", Fields.of("hasNextPage", more,
                "endCursor", endCursor), "horizon", (double) upTo);
    }
}
