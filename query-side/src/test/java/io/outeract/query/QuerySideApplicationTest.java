package io.outeract.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.common.Platform;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.ReceivedMessage;
import io.outeract.contract.organisation.OrganisationCreatedEvent;
import io.outeract.contract.query.EventPage;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventsQuery;
import io.outeract.contract.query.FindOrganisationsOfAdminQuery;
import io.outeract.contract.query.FindPlatformUserByExternalIdQuery;
import io.outeract.contract.query.OrganisationView;
import io.outeract.contract.query.PlatformUserView;
import io.outeract.query.eventgraph.EventGraphSequencingPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

/**
 * The query side as a Spring Boot application runs it: Axon finds the projections, puts them
 * in their processing groups, sequences the event graph by connection, hands them tracked
 * events, and routes queries to the handlers. The event store here is in memory; the read
 * models are the real PostgreSQL ones.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/outeract_query_test"
            + "${OUTERACT_TEST_DB_SUFFIX:}",
    "spring.datasource.username=postgres",
    "spring.flyway.enabled=false",
    "axon.axonserver.enabled=false",
    "axon.update-check.disabled=true",
    "axon.serializer.general=jackson",
    "axon.serializer.events=jackson",
    "axon.serializer.messages=jackson"
})
class QuerySideApplicationTest {

    @Autowired
    private EventBus eventBus;
    @Autowired
    private QueryGateway queryGateway;
    @Autowired
    private EventProcessingConfiguration processing;

    @BeforeAll
    static void migrate() {
        ReadModelDatabase.jdbc();
    }

    @Test
    void sequencesTheEventGraphByConnection() {
        assertThat(processing.sequencingPolicy("event-graph"))
                .isInstanceOf(EventGraphSequencingPolicy.class);
        assertThat(processing.eventProcessorByProcessingGroup("directory")).isPresent();
    }

    @Test
    void projectsPublishedEventsAndAnswersQueriesFromTheReadModels() {
        UUID admin = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        UUID connection = UUID.randomUUID();
        Instant now = Instant.parse("2025-03-01T12:00:00Z");
        var alice = new PlatformAccount("1001", "Alice", "alice", false);
        var bot = new PlatformAccount("777", "Bot", "bot", true);

        eventBus.publish(List.of(
                GenericEventMessage.asEventMessage(
                        new OrganisationCreatedEvent(organisation, "Acme", admin, now)),
                GenericEventMessage.asEventMessage(new MessageReceivedEvent(UUID.randomUUID(),
                        application, connection, Platform.TELEGRAM, "telegram:777:update:1",
                        new ReceivedMessage("1", "1001", "private", alice, bot, "Hi", List.of(),
                                null, null),
                        now, now))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(queryGateway.query(new FindOrganisationsOfAdminQuery(admin),
                    ResponseTypes.multipleInstancesOf(OrganisationView.class)).get())
                    .extracting(OrganisationView::name).containsExactly("Acme");
            PlatformUserView sender = queryGateway.query(
                    new FindPlatformUserByExternalIdQuery(application, connection, "1001"),
                    ResponseTypes.instanceOf(PlatformUserView.class)).get();
            assertThat(sender).isNotNull();
            assertThat(sender.userId()).isEqualTo(DerivedIds.userFirstSeenAs(sender.id()));
            EventPage events = queryGateway.query(
                    new FindEventsQuery(application, null, 10, null),
                    ResponseTypes.instanceOf(EventPage.class)).get();
            assertThat(events.events()).extracting(EventView::eventType)
                    .containsExactly("message.received");
        });
    }

    @SpringBootApplication
    static class QuerySide {

        @Bean
        EventStorageEngine eventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }

        @Bean
        TokenStore tokenStore() {
            return new InMemoryTokenStore();
        }
    }
}
