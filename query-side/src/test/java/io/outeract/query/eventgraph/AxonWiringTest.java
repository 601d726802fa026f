package io.outeract.query.eventgraph;

import static io.outeract.query.eventgraph.TestEvents.messageReceived;
import static io.outeract.query.eventgraph.TestEvents.person;
import static io.outeract.query.eventgraph.TestEvents.sent;
import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.query.EventPage;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventQuery;
import io.outeract.contract.query.FindEventsQuery;
import io.outeract.contract.query.FindUsersQuery;
import io.outeract.contract.query.UserView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;

/**
 * The projections and query handlers as Axon itself calls them: handler parameters resolved
 * from the event message, answers matched to the response types callers ask for, and the
 * sequencing of the event graph by connection.
 */
class AxonWiringTest {

    private final EventGraph graph = new EventGraph();
    private final UUID application = UUID.randomUUID();
    private final UUID connection = UUID.randomUUID();

    @Test
    void takesTheEventsIdPositionAndStorageTimeFromTheMessageAxonDelivers() throws Exception {
        var request = new MessageSendRequestedEvent(UUID.randomUUID(), application, connection,
                Platform.TELEGRAM, "777", "1001", null, "Hi", "key-1", null);
        String messageId = UUID.randomUUID().toString();
        Instant storedAt = Instant.parse("2025-03-02T08:00:00Z");
        long position = Delivery.next().position();

        new AnnotationEventHandlerAdapter(graph.events)
                .handle(tracked(request, messageId, position, storedAt));

        EventView event = graph.eventQueries.handle(
                new FindEventQuery(application, UUID.fromString(messageId)));
        assertThat(event.position()).isEqualTo(position);
        assertThat(event.createdAt()).as("no requestedAt: stored at").isEqualTo(storedAt);
    }

    @Test
    void answersQueriesInTheResponseTypesCallersAskFor() throws Exception {
        graph.deliver(messageReceived(application, connection, person("1001", "Alice"), "Hi"));
        QueryGateway gateway = gatewayTo(graph.eventQueries, graph.userQueries);

        List<UserView> users = gateway.query(new FindUsersQuery(application, null, 10),
                ResponseTypes.multipleInstancesOf(UserView.class)).get();
        EventPage page = gateway.query(new FindEventsQuery(application, null, 10, null),
                ResponseTypes.instanceOf(EventPage.class)).get();
        EventView missing = gateway.query(new FindEventQuery(application, UUID.randomUUID()),
                ResponseTypes.instanceOf(EventView.class)).get();

        assertThat(users).extracting(UserView::displayName).containsExactly("Alice");
        assertThat(page.events()).hasSize(1);
        assertThat(missing).isNull();
    }

    @Test
    void sequencesTheEventGraphByConnection() {
        var policy = new EventGraphSequencingPolicy();
        UUID message = UUID.randomUUID();
        EventMessage<?> inbound = GenericEventMessage.asEventMessage(
                messageReceived(application, connection, person("1001", "Alice"), "Hi"));
        EventMessage<?> outbound = new GenericDomainEventMessage<>("OutboundMessage",
                message.toString(), 1, sent(message, application, connection));
        EventMessage<?> unrelated = new GenericDomainEventMessage<>("Organisation", "org-1", 0,
                "not an event-graph event");

        assertThat(policy.getSequenceIdentifierFor(inbound)).isEqualTo(connection);
        assertThat(policy.getSequenceIdentifierFor(outbound)).isEqualTo(connection);
        assertThat(policy.getSequenceIdentifierFor(unrelated)).isEqualTo("org-1");
    }

    @Test
    void registersTheSequencingPolicyForTheEventGraphGroup() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        new EventGraphProcessing().eventGraphSequencing().configureModule(configurer);

        Configuration configuration = configurer.buildConfiguration();

        assertThat(configuration.eventProcessingConfiguration().sequencingPolicy("event-graph"))
                .isInstanceOf(EventGraphSequencingPolicy.class);
    }

    private static EventMessage<?> tracked(
            Object payload, String messageId, long position, Instant storedAt) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                new GenericEventMessage<>(messageId, payload, MetaData.emptyInstance(), storedAt));
    }

    private static QueryGateway gatewayTo(Object... queryHandlers) {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        for (Object handlers : queryHandlers) {
            new AnnotationQueryHandlerAdapter<>(handlers).subscribe(bus);
        }
        return DefaultQueryGateway.builder().queryBus(bus).build();
    }
}
