package io.outeract.query.eventgraph;

import static io.outeract.query.eventgraph.TestEvents.messageReceived;
import static io.outeract.query.eventgraph.TestEvents.person;
import static io.outeract.query.eventgraph.TestEvents.platformEvent;
import static io.outeract.query.eventgraph.TestEvents.sendRequested;
import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.common.Platform;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.query.EventFilter;
import io.outeract.contract.query.EventPage;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventQuery;
import io.outeract.contract.query.FindEventsQuery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** How an application's history is paged through and narrowed down. */
class EventQueriesTest {

    private static final EventFilter NONE = EventFilter.none();

    private final EventGraph graph = new EventGraph();
    private final UUID application = UUID.randomUUID();
    private final UUID connection = UUID.randomUUID();

    @Test
    void pagesNewestFirstAndTellsWhetherOlderEventsRemain() {
        List<Long> positions = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> graph.deliver(
                        messageReceived(application, connection, person("1001", "Alice"), "m" + i))
                        .position())
                .toList();

        EventPage first = events(NONE, 2, null);
        EventPage second = events(NONE, 2, first.events().get(1).position());
        EventPage last = events(NONE, 2, second.events().get(1).position());

        assertThat(first.events()).extracting(EventView::position)
                .containsExactly(positions.get(4), positions.get(3));
        assertThat(first.hasNextPage()).isTrue();
        assertThat(second.events()).extracting(EventView::position)
                .containsExactly(positions.get(2), positions.get(1));
        assertThat(second.hasNextPage()).isTrue();
        assertThat(last.events()).extracting(EventView::position)
                .containsExactly(positions.get(0));
        assertThat(last.hasNextPage()).isFalse();
    }

    @Test
    void saysNoOlderEventsRemainWhenAPageIsExactlyFull() {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "a"));
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "b"));

        EventPage page = events(NONE, 2, null);

        assertThat(page.events()).hasSize(2);
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void matchesTypesThatContainTheTextLiterallyNotAsAPattern() {
        graph.deliver(platformEvent(application, connection, "quota_100%_used", null));
        graph.deliver(platformEvent(application, connection, "quota_1000_used", null));
        graph.deliver(platformEvent(application, connection, "quotaX100%Xused", null));
        graph.deliver(platformEvent(application, connection, "back\\slash", null));
        graph.deliver(platformEvent(application, connection, "backslash", null));

        assertThat(types(filter().typeContains("100%").build()))
                .containsExactly("platform.quotaX100%Xused", "platform.quota_100%_used");
        assertThat(types(filter().typeContains("_100%_").build()))
                .containsExactly("platform.quota_100%_used");
        assertThat(types(filter().typeContains("\\").build()))
                .containsExactly("platform.back\\slash");
    }

    @Test
    void matchesTypesByExactNameAndByLiteralPrefix() {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));
        graph.deliver(platformEvent(application, connection, "callback_query", null));
        graph.deliver(sendRequested(UUID.randomUUID(), application, connection, "1001", null));

        assertThat(types(filter().typeEquals("message.received").build()))
                .containsExactly("message.received");
        assertThat(types(filter().typeStartsWith("message.").build()))
                .containsExactly("message.send_requested", "message.received");
        assertThat(types(filter().typeStartsWith("message_").build())).isEmpty();
    }

    @Test
    void narrowsToATimeRangeFromInclusiveToExclusive() {
        Instant nine = Instant.parse("2025-03-01T09:00:00Z");
        for (int hour = 0; hour < 3; hour++) {
            graph.deliver(messageReceived(application, connection, person("1001", "Alice"),
                    "at " + (9 + hour), nine.plusSeconds(3600L * hour)));
        }

        EventPage page = events(filter().createdFrom(nine.plusSeconds(3600))
                .createdBefore(nine.plusSeconds(7200)).build(), 10, null);

        assertThat(page.events()).extracting(EventView::createdAt)
                .containsExactly(nine.plusSeconds(3600));
    }

    @Test
    void narrowsToAConnectionAndToAPlatform() {
        UUID whatsapp = UUID.randomUUID();
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));
        graph.deliver(onWhatsApp(
                messageReceived(application, whatsapp, person("+4911", "Alice"), "Hi")));

        assertThat(events(filter().connectionId(whatsapp).build(), 10, null).events())
                .extracting(EventView::connectionId).containsExactly(whatsapp);
        assertThat(events(filter().platform(Platform.WHATSAPP).build(), 10, null).events())
                .extracting(EventView::connectionId).containsExactly(whatsapp);
        assertThat(events(filter().platform(Platform.TELEGRAM).build(), 10, null).events())
                .extracting(EventView::connectionId).containsExactly(connection);
    }

    /**
     * No event links platform users to one user yet: the contract has none. The link is made
     * in the table here, the way a future linking event's projection would make it.
     */
    @Test
    void findsAUsersEventsAcrossConnections() {
        UUID otherConnection = UUID.randomUUID();
        Delivery onFirst = graph.deliver(
                messageReceived(application, connection, person("1001", "Alice"), "Hi"));
        Delivery onSecond = graph.deliver(
                messageReceived(application, otherConnection, person("5005", "Alice"), "Hi"));
        graph.deliver(messageReceived(application, connection, person("2002", "Bob"), "Hey"));
        UUID aliceUser = DerivedIds.userFirstSeenAs(DerivedIds.platformUser(connection, "1001"));
        link(DerivedIds.platformUser(otherConnection, "5005"), aliceUser);

        EventPage page = events(filter().userId(aliceUser).build(), 10, null);

        assertThat(page.events()).extracting(EventView::id)
                .containsExactly(onSecond.eventId(), onFirst.eventId());
    }

    @Test
    void findsAPlatformUsersEventsWhateverPartTheyPlayed() {
        Delivery written = graph.deliver(
                messageReceived(application, connection, person("1001", "Alice"), "Hi"));
        graph.deliver(messageReceived(application, connection, person("2002", "Bob"), "Hey"));
        Delivery answered = graph.deliver(
                sendRequested(UUID.randomUUID(), application, connection, "1001", null));

        EventPage page = events(
                filter().platformUserId(DerivedIds.platformUser(connection, "1001")).build(),
                10, null);

        assertThat(page.events()).extracting(EventView::id)
                .containsExactly(answered.eventId(), written.eventId());
    }

    @Test
    void combinesFilters() {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));
        Delivery bobs = graph.deliver(
                messageReceived(application, connection, person("2002", "Bob"), "Hey"));
        graph.deliver(platformEvent(application, connection, "callback_query",
                person("2002", "Bob")));

        EventPage page = events(filter().typeEquals("message.received")
                .platformUserId(DerivedIds.platformUser(connection, "2002")).build(), 10, null);

        assertThat(page.events()).extracting(EventView::id).containsExactly(bobs.eventId());
    }

    @Test
    void findsNoEventForAnUnknownId() {
        assertThat(graph.eventQueries.handle(new FindEventQuery(application, UUID.randomUUID())))
                .isNull();
    }

    private EventPage events(EventFilter filter, int first, Long beforePosition) {
        return graph.eventQueries.handle(
                new FindEventsQuery(application, filter, first, beforePosition));
    }

    private List<String> types(EventFilter filter) {
        return events(filter, 100, null).events().stream().map(EventView::eventType).toList();
    }

    private void link(UUID platformUserId, UUID userId) {
        graph.jdbc.update("UPDATE platform_user SET user_id = :userId WHERE id = :id",
                new MapSqlParameterSource().addValue("id", platformUserId)
                        .addValue("userId", userId));
    }

    private static MessageReceivedEvent onWhatsApp(MessageReceivedEvent event) {
        return new MessageReceivedEvent(event.eventId(), event.applicationId(),
                event.connectionId(), Platform.WHATSAPP, event.dedupeKey(), event.message(),
                event.occurredAt(), event.receivedAt());
    }

    private static FilterBuilder filter() {
        return new FilterBuilder();
    }

    /** An {@link EventFilter} with only the fields a test names. */
    private static final class FilterBuilder {
        private String typeEquals;
        private String typeContains;
        private String typeStartsWith;
        private Instant createdFrom;
        private Instant createdBefore;
        private UUID connectionId;
        private Platform platform;
        private UUID userId;
        private UUID platformUserId;

        FilterBuilder typeEquals(String value) {
            typeEquals = value;
            return this;
        }

        FilterBuilder typeContains(String value) {
            typeContains = value;
            return this;
        }

        FilterBuilder typeStartsWith(String value) {
            typeStartsWith = value;
            return this;
        }

        FilterBuilder createdFrom(Instant value) {
            createdFrom = value;
            return this;
        }

        FilterBuilder createdBefore(Instant value) {
            createdBefore = value;
            return this;
        }

        FilterBuilder connectionId(UUID value) {
            connectionId = value;
            return this;
        }

        FilterBuilder platform(Platform value) {
            platform = value;
            return this;
        }

        FilterBuilder userId(UUID value) {
            userId = value;
            return this;
        }

        FilterBuilder platformUserId(UUID value) {
            platformUserId = value;
            return this;
        }

        EventFilter build() {
            return new EventFilter(typeEquals, typeContains, typeStartsWith, createdFrom,
                    createdBefore, connectionId, platform, userId, platformUserId);
        }
    }
}
