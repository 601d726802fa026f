package io.outeract.query.eventgraph;

import static io.outeract.query.eventgraph.TestEvents.BOT;
import static io.outeract.query.eventgraph.TestEvents.OCCURRED_AT;
import static io.outeract.query.eventgraph.TestEvents.RECEIVED_AT;
import static io.outeract.query.eventgraph.TestEvents.messageEdited;
import static io.outeract.query.eventgraph.TestEvents.messageReceived;
import static io.outeract.query.eventgraph.TestEvents.person;
import static io.outeract.query.eventgraph.TestEvents.platformEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.common.Platform;
import io.outeract.contract.query.EventParticipantView;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventParticipantsQuery;
import io.outeract.contract.query.FindEventQuery;
import io.outeract.contract.query.FindPlatformUserByExternalIdQuery;
import io.outeract.contract.query.FindUsersQuery;
import io.outeract.contract.query.PlatformUserView;
import io.outeract.contract.query.UserView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What messages and platform events that arrive from platforms leave in the read models. */
class InboundEventsTest {

    private final EventGraph graph = new EventGraph();
    private final UUID application = UUID.randomUUID();
    private final UUID connection = UUID.randomUUID();
    private final UUID alice = DerivedIds.platformUser(connection, "1001");
    private final UUID bot = DerivedIds.platformUser(connection, BOT.externalId());

    @Test
    void recordsAMessageFromANewSenderWithItsParticipantsPlatformUsersAndUser() {
        Delivery delivery = graph.deliver(
                messageReceived(application, connection, person("1001", "Alice"), "Hi"));

        EventView event = event(delivery);
        assertThat(event.eventType()).isEqualTo("message.received");
        assertThat(event.connectionId()).isEqualTo(connection);
        assertThat(event.platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(event.createdAt()).isEqualTo(OCCURRED_AT);
        assertThat(event.position()).isEqualTo(delivery.position());
        assertThat(event.payloadJson())
                .contains("\"occurredAt\": \"2025-03-01T11:59:58Z\"")
                .contains("\"text\": \"Hi\"");
        assertThat(participants(delivery)).containsExactly(
                new EventParticipantView(delivery.eventId(), alice, "sent_by"),
                new EventParticipantView(delivery.eventId(), bot, "sent_to"));
        assertThat(platformUser("1001")).isEqualTo(new PlatformUserView(alice, application,
                connection, Platform.TELEGRAM, "1001", "Alice", "alice", false,
                DerivedIds.userFirstSeenAs(alice), OCCURRED_AT));
        assertThat(users()).containsExactly(new UserView(
                DerivedIds.userFirstSeenAs(alice), application, "Alice", OCCURRED_AT));
    }

    @Test
    void givesABotAPlatformUserButNoUser() {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));

        PlatformUserView platformBot = platformUser(BOT.externalId());
        assertThat(platformBot.bot()).isTrue();
        assertThat(platformBot.userId()).isNull();
        assertThat(users()).extracting(UserView::displayName).containsExactly("Alice");
    }

    @Test
    void leavesOneOfEachWhenTheSameEventIsHandledTwice() {
        var message = messageReceived(application, connection, person("1001", "Alice"), "Hi");
        Delivery delivery = graph.deliver(message);

        graph.deliver(message, delivery);

        assertThat(graph.count("event", application)).isEqualTo(1);
        assertThat(graph.count("event_participant", application)).isEqualTo(2);
        assertThat(graph.count("platform_user", application)).isEqualTo(2);
        assertThat(graph.count("app_user", application)).isEqualTo(1);
    }

    @Test
    void createsNoSecondUserForASecondMessageFromTheSameSender() {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));

        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Again"));

        assertThat(graph.count("event", application)).isEqualTo(2);
        assertThat(graph.count("platform_user", application)).isEqualTo(2);
        assertThat(users()).hasSize(1);
    }

    @Test
    void takesThePlatformUsersNamesFromItsLatestSightingAndTheUsersFromItsFirst() {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));

        graph.deliver(messageReceived(application, connection, person("1001", "Alicia"), "New"));

        assertThat(platformUser("1001").displayName()).isEqualTo("Alicia");
        assertThat(platformUser("1001").username()).isEqualTo("alicia");
        assertThat(platformUser("1001").firstSeenAt()).isEqualTo(OCCURRED_AT);
        assertThat(users()).extracting(UserView::displayName).containsExactly("Alice");
    }

    @Test
    void buildsTheSameRowsWhateverOrderTheSightingsArriveIn() {
        List<Snapshot> outcomes = List.of(
                sightingsHandledInOrder(0, 1, 2),
                sightingsHandledInOrder(0, 2, 1),
                sightingsHandledInOrder(2, 1, 0),
                sightingsHandledInOrder(1, 2, 0));

        Instant first = Instant.parse("2025-03-01T10:00:00Z");
        assertThat(outcomes).containsOnly(new Snapshot("Alice", first, "Alice", first));
    }

    @Test
    void recordsAnEditAsMessageEditedAtItsEditTime() {
        Delivery delivery = graph.deliver(
                messageEdited(application, connection, person("1001", "Alice"), "Hi!"));

        assertThat(event(delivery).eventType()).isEqualTo("message.edited");
        assertThat(event(delivery).createdAt()).isEqualTo(OCCURRED_AT);
        assertThat(participants(delivery)).extracting(EventParticipantView::platformUserId)
                .containsExactly(alice, bot);
    }

    @Test
    void recordsAPlatformEventByItsKindWithItsActorAsSender() {
        Delivery delivery = graph.deliver(platformEvent(
                application, connection, "callback_query", person("1001", "Alice")));

        EventView event = event(delivery);
        assertThat(event.eventType()).isEqualTo("platform.callback_query");
        assertThat(event.createdAt()).as("no occurredAt: received at").isEqualTo(RECEIVED_AT);
        assertThat(event.payloadJson()).contains("\"rawPayload\": \"{\\\"update_id\\\":1}\"");
        assertThat(participants(delivery)).containsExactly(
                new EventParticipantView(delivery.eventId(), alice, "sent_by"));
        assertThat(users()).hasSize(1);
    }

    @Test
    void recordsAPlatformEventWithoutAnActorWithoutParticipants() {
        Delivery delivery = graph.deliver(
                platformEvent(application, connection, "my_chat_member", null));

        assertThat(event(delivery).eventType()).isEqualTo("platform.my_chat_member");
        assertThat(participants(delivery)).isEmpty();
        assertThat(graph.count("platform_user", application)).isZero();
    }

    /**
     * Alice writes three times: as "Alice", as "Alicia", as "Alice" again, an hour apart. The
     * three events are handled in the given order, as a late commit or a replay may do.
     */
    private Snapshot sightingsHandledInOrder(int... order) {
        UUID app = UUID.randomUUID();
        UUID conn = UUID.randomUUID();
        String[] names = {"Alice", "Alicia", "Alice"};
        Object[] messages = new Object[3];
        Delivery[] deliveries = new Delivery[3];
        for (int i = 0; i < 3; i++) {
            messages[i] = messageReceived(app, conn, person("1001", names[i]), "Hi",
                    Instant.parse("2025-03-01T10:00:00Z").plusSeconds(3600L * i));
            deliveries[i] = Delivery.next();
        }

        for (int i : order) {
            graph.deliver(messages[i], deliveries[i]);
        }

        PlatformUserView seen = graph.userQueries.handle(
                new FindPlatformUserByExternalIdQuery(app, conn, "1001"));
        UserView user = graph.userQueries.handle(new FindUsersQuery(app, null, 10)).get(0);
        return new Snapshot(
                seen.displayName(), seen.firstSeenAt(), user.displayName(), user.createdAt());
    }

    private record Snapshot(
            String platformUserName, Instant firstSeenAt, String userName, Instant userCreatedAt) {
    }

    private EventView event(Delivery delivery) {
        return graph.eventQueries.handle(new FindEventQuery(application, delivery.eventId()));
    }

    private List<EventParticipantView> participants(Delivery delivery) {
        return graph.eventQueries.handle(
                new FindEventParticipantsQuery(application, List.of(delivery.eventId())));
    }

    private PlatformUserView platformUser(String externalId) {
        return graph.userQueries.handle(
                new FindPlatformUserByExternalIdQuery(application, connection, externalId));
    }

    private List<UserView> users() {
        return graph.userQueries.handle(new FindUsersQuery(application, null, 10));
    }
}
