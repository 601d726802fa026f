package io.outeract.query.eventgraph;

import static io.outeract.query.eventgraph.TestEvents.messageReceived;
import static io.outeract.query.eventgraph.TestEvents.person;
import static io.outeract.query.eventgraph.TestEvents.sendRequested;
import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.query.EventFilter;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventParticipantsQuery;
import io.outeract.contract.query.FindEventQuery;
import io.outeract.contract.query.FindEventsQuery;
import io.outeract.contract.query.FindMessageQuery;
import io.outeract.contract.query.FindPlatformUserByExternalIdQuery;
import io.outeract.contract.query.FindPlatformUsersQuery;
import io.outeract.contract.query.FindUsersQuery;
import io.outeract.contract.query.PlatformUserView;
import io.outeract.contract.query.UserView;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Application A's queries never show application B's rows, even when asked by B's ids. */
class TenancyTest {

    private final EventGraph graph = new EventGraph();
    private final UUID applicationA = UUID.randomUUID();
    private final UUID connectionA = UUID.randomUUID();
    private final UUID applicationB = UUID.randomUUID();
    private final UUID connectionB = UUID.randomUUID();
    private final UUID messageB = UUID.randomUUID();
    private final UUID platformUserB = DerivedIds.platformUser(connectionB, "1001");
    private final UUID userB = DerivedIds.userFirstSeenAs(platformUserB);
    private Delivery eventA;
    private Delivery eventB;

    @BeforeEach
    void bothApplicationsHaveAHistory() {
        eventA = graph.deliver(
                messageReceived(applicationA, connectionA, person("1001", "Alice"), "Hi"));
        eventB = graph.deliver(
                messageReceived(applicationB, connectionB, person("1001", "Alice"), "Hi"));
        graph.deliver(sendRequested(messageB, applicationB, connectionB, "1001", null));
    }

    @Test
    void showsOnlyTheApplicationsOwnEvents() {
        assertThat(events(EventFilter.none())).extracting(EventView::id)
                .containsExactly(eventA.eventId());
        assertThat(events(new EventFilter(null, null, null, null, null, connectionB, null, null,
                null))).isEmpty();
        assertThat(events(new EventFilter(null, null, null, null, null, null, null, userB,
                null))).isEmpty();
        assertThat(events(new EventFilter(null, null, null, null, null, null, null, null,
                platformUserB))).isEmpty();
        assertThat(graph.eventQueries.handle(new FindEventQuery(applicationA, eventB.eventId())))
                .isNull();
        assertThat(graph.eventQueries.handle(
                new FindEventParticipantsQuery(applicationA, List.of(eventB.eventId()))))
                .isEmpty();
    }

    @Test
    void showsOnlyTheApplicationsOwnUsersAndPlatformUsers() {
        assertThat(graph.userQueries.handle(new FindUsersQuery(applicationA, null, 100)))
                .extracting(UserView::applicationId).containsOnly(applicationA).hasSize(1);
        assertThat(graph.userQueries.handle(new FindUsersQuery(applicationA, List.of(userB), 1)))
                .isEmpty();
        assertThat(graph.userQueries.handle(
                new FindPlatformUsersQuery(applicationA, null, null, 100)))
                .extracting(PlatformUserView::applicationId).containsOnly(applicationA)
                .hasSize(2);
        assertThat(graph.userQueries.handle(
                new FindPlatformUsersQuery(applicationA, List.of(platformUserB), null, 1)))
                .isEmpty();
        assertThat(graph.userQueries.handle(
                new FindPlatformUsersQuery(applicationA, null, userB, 100))).isEmpty();
        assertThat(graph.userQueries.handle(
                new FindPlatformUserByExternalIdQuery(applicationA, connectionB, "1001")))
                .isNull();
    }

    @Test
    void showsOnlyTheApplicationsOwnMessages() {
        assertThat(graph.messageQueries.handle(new FindMessageQuery(applicationA, messageB)))
                .isNull();
        assertThat(graph.messageQueries.handle(new FindMessageQuery(applicationB, messageB)))
                .isNotNull();
    }

    private List<EventView> events(EventFilter filter) {
        return graph.eventQueries.handle(new FindEventsQuery(applicationA, filter, 100, null))
                .events();
    }
}
