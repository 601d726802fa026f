package io.outeract.api.developer;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Cursors;
import io.outeract.api.graphql.Fields;
import io.outeract.api.graphql.Ids;
import io.outeract.api.graphql.Queries;
import io.outeract.api.security.DeveloperCaller;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.query.EventFilter;
import io.outeract.contract.query.EventPage;
import io.outeract.contract.query.EventParticipantView;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventParticipantsQuery;
import io.outeract.contract.query.FindEventQuery;
import io.outeract.contract.query.FindEventsQuery;
import io.outeract.contract.query.FindPlatformUsersQuery;
import io.outeract.contract.query.PlatformUserView;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The Developer API's events, their senders and recipients, paged by opaque cursors. */
@Component
class EventFields {

    private final Queries queries;
    private final Cursors cursors;
    private final DeveloperViews views;

    EventFields(Queries queries, Cursors cursors, DeveloperViews views) {
        this.queries = queries;
        this.cursors = cursors;
        this.views = views;
    }

    Map<String, Object> events(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        caller.require(ApiScope.EVENTS_READ);
        return page(env, caller, EventFilters.from(env.getArgument("filters")));
    }

    Map<String, Object> eventsOfUser(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        caller.require(ApiScope.EVENTS_READ);
        Map<String, Object> user = env.getSource();
        EventFilter ofUser = new EventFilter(null, null, null, null, null, null, null,
                (UUID) user.get("id"), null);
        return page(env, caller, ofUser);
    }

    Map<String, Object> event(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        caller.require(ApiScope.EVENTS_READ);
        UUID id = Ids.parse(env.getArgument("id"), "id");
        return queries.one(new FindEventQuery(caller.applicationId(), id), EventView.class)
                .map(views::event).orElse(null);
    }

    Map<String, Object> sender(DataFetchingEnvironment env) {
        List<Map<String, Object>> senders = participants(env, EventParticipantView.SENT_BY);
        return senders.isEmpty() ? null : senders.get(0);
    }

    List<Map<String, Object>> recipients(DataFetchingEnvironment env) {
        return participants(env, EventParticipantView.SENT_TO);
    }

    private Map<String, Object> page(
            DataFetchingEnvironment env, DeveloperCaller caller, EventFilter filter) {
        int first = env.getArgumentOrDefault("first", 20);
        String after = env.getArgument("after");
        Long before = after == null ? null : cursors.decode(after);

        EventPage page = queries.one(new FindEventsQuery(caller.applicationId(), filter, first,
                before), EventPage.class).orElseThrow();

        List<Map<String, Object>> edges = page.events().stream()
                .map(event -> Fields.of("node", views.event(event),
                        "cursor", cursors.encode(event.position())))
                .toList();
        String start = edges.isEmpty() ? null : (String) edges.get(0).get("cursor");
        String end = edges.isEmpty() ? null : (String) edges.get(edges.size() - 1).get("cursor");
        return Fields.of("edges", edges, "pageInfo", Fields.of("hasNextPage", page.hasNextPage(),
                "hasPreviousPage", after != null, "startCursor", start, "endCursor", end));
    }

    private List<Map<String, Object>> participants(DataFetchingEnvironment env, String role) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        caller.require(ApiScope.USERS_READ);
        Map<String, Object> event = env.getSource();

        List<UUID> ids = queries.list(new FindEventParticipantsQuery(caller.applicationId(),
                        List.of((UUID) event.get("id"))), EventParticipantView.class).stream()
                .filter(participant -> participant.role().equals(role))
                .map(EventParticipantView::platformUserId)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return queries.list(new FindPlatformUsersQuery(caller.applicationId(), ids, null,
                ids.size()), PlatformUserView.class).stream().map(views::platformUser).toList();
    }
}
