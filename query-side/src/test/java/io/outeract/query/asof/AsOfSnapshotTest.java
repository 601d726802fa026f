package io.outeract.query.asof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.contract.common.EventTypes;
import io.outeract.contract.common.Platform;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.ReceivedMessage;
import io.outeract.contract.organisation.ApplicationCreatedEvent;
import io.outeract.contract.organisation.ApplicationRenamedEvent;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageSentEvent;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventsQuery;
import io.outeract.contract.query.FindPlatformUsersQuery;
import io.outeract.contract.query.FindUsersQuery;
import io.outeract.contract.query.PlatformUserView;
import io.outeract.contract.query.UserView;
import io.outeract.query.asof.AsOfSnapshot.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A snapshot as of an instant holds the read models exactly as the events up to that instant
 * made them, in a schema of its own, and leaves the live read models as they are.
 */
class AsOfSnapshotTest {

    private static final Instant AS_OF = Instant.parse("2025-03-01T12:00:00Z");
    private static final PlatformAccount BOT =
            new PlatformAccount("777", "Outeract Bot", "outeract_bot", true);

    private static final DataSource dataSource = AsOfDatabase.dataSource();
    private static final NamedParameterJdbcTemplate jdbc =
            new NamedParameterJdbcTemplate(dataSource);
    private static final AsOfSnapshots snapshots = new AsOfSnapshots(jdbc);
    private static final UUID organisationId = UUID.randomUUID();
    private static final UUID applicationId = UUID.randomUUID();
    private static final UUID connectionId = UUID.randomUUID();
    private static final UUID messageId = UUID.randomUUID();
    /** One history for the class: its positions are the live event table's unique ones. */
    private static History history;
    private AsOfBuilds builds;
    private AsOfQueries queries;

    @BeforeAll
    static void recordAHistoryAroundTheInstant() throws Exception {
        history = new History(jdbc);
        history.record(at("11:00"), new ApplicationCreatedEvent(
                organisationId, applicationId, "Support desk", at("11:00")));
        history.record(at("11:10"), received("Ada", at("11:10")));
        history.record(at("11:20"), new MessageSendRequestedEvent(messageId, applicationId,
                connectionId, Platform.TELEGRAM, BOT.externalId(), "42", null, "Hello",
                "key-" + messageId, at("11:20")));
        history.record(AS_OF, received("Ada", AS_OF));
        history.record(at("12:10"), new ApplicationRenamedEvent(
                organisationId, applicationId, "Help desk", at("12:10")));
        history.record(at("12:20"), received("Ada Lovelace", at("12:20")));
        history.record(at("12:30"), new MessageSentEvent(
                messageId, applicationId, connectionId, "tg-1", 1, at("12:30")));
        history.projectLive();
    }

    @AfterAll
    static void stopTheEventStore() {
        history.close();
    }

    @BeforeEach
    void startTheBuilds() {
        // Batches of two, so that a replay spans several transactions.
        builds = new AsOfBuilds(history.store, snapshots, dataSource, new ObjectMapper(),
                new EventStoreNames("domain_event_entry", "global_index", "event_identifier"),
                2);
        queries = new AsOfQueries(snapshots, dataSource);
    }

    @AfterEach
    void stopTheBuilds() {
        builds.stop();
    }

    @Test
    void holdsTheReadModelsAsTheyStoodAtTheInstant() {
        AsOfSnapshot snapshot = ready(builds.build(AS_OF));
        String schema = snapshot.schemaName();

        assertThat(snapshot.eventsApplied()).isEqualTo(4);
        assertThat(value(schema, "SELECT name FROM application WHERE id = :app"))
                .isEqualTo("Support desk");
        assertThat(value(schema, "SELECT status FROM outbound_message WHERE id = :message"))
                .isEqualTo("requested");
        assertThat(platformUsers(snapshot)).extracting(PlatformUserView::displayName)
                .containsExactly("Ada");
        assertThat(queries.users(snapshot.id(), new FindUsersQuery(applicationId, null, 10)))
                .extracting(UserView::displayName).containsExactly("Ada");
        assertThat(events(snapshot)).extracting(EventView::eventType).containsExactly(
                EventTypes.MESSAGE_RECEIVED, EventTypes.MESSAGE_SEND_REQUESTED,
                EventTypes.MESSAGE_RECEIVED);
    }

    @Test
    void leavesTheLiveReadModelsAsTheyAre() {
        Map<String, List<String>> before = rows("public");

        ready(builds.build(AS_OF));

        assertThat(rows("public")).isEqualTo(before);
        assertThat(value("public", "SELECT name FROM application WHERE id = :app"))
                .isEqualTo("Help desk");
        assertThat(value("public", "SELECT status FROM outbound_message WHERE id = :message"))
                .isEqualTo("sent");
    }

    @Test
    void buildsTheSameRowsEachTime() {
        AsOfSnapshot first = ready(builds.build(AS_OF));
        AsOfSnapshot second = ready(builds.build(AS_OF));

        assertThat(second.schemaName()).isNotEqualTo(first.schemaName());
        assertThat(rows(second.schemaName())).isEqualTo(rows(first.schemaName()))
                .isNotEqualTo(rows("public"));
    }

    @Test
    void anInstantBeforeTheHistoryGivesEmptyReadModels() {
        AsOfSnapshot snapshot = ready(builds.build(at("10:00")));

        assertThat(snapshot.eventsApplied()).isZero();
        assertThat(rows(snapshot.schemaName()).values()).allMatch(List::isEmpty);
    }

    @Test
    void refusesAnInstantStillToCome() {
        assertThatThrownBy(() -> builds.build(Instant.now().plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void droppingRemovesTheSchemaAndKeepsTheRecord() {
        AsOfSnapshot snapshot = ready(builds.build(AS_OF));

        AsOfSnapshot dropped = builds.drop(snapshot.id());

        assertThat(dropped.status()).isEqualTo(Status.DROPPED);
        assertThat(schemaExists(snapshot.schemaName())).isFalse();
        assertThatThrownBy(() -> events(snapshot)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToDropWhatWasNotCreatedAsASnapshot() {
        jdbc.getJdbcOperations().execute("CREATE SCHEMA IF NOT EXISTS asof_0123456789ab");

        assertThatThrownBy(() -> builds.drop(UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AsOfSchema("public"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AsOfSchema("asof_0123456789ab; DROP SCHEMA public"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(schemaExists("asof_0123456789ab")).isTrue();
        assertThat(schemaExists("public")).isTrue();
    }

    @Test
    void aBuildTheServerStoppedIsMarkedFailedAndItsSchemaDropped() {
        UUID id = UUID.randomUUID();
        AsOfSchema schema = AsOfSchema.forSnapshot(id);
        snapshots.begin(id, schema, AS_OF, 6L);
        schema.create(jdbc.getJdbcOperations());

        builds.failInterruptedBuilds();

        AsOfSnapshot interrupted = snapshots.find(id).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(Status.FAILED);
        assertThat(interrupted.error()).contains("stopped");
        assertThat(schemaExists(schema.name())).isFalse();
    }

    @Test
    void answersOnlyFromAReadySnapshot() {
        assertThatThrownBy(() -> queries.users(UUID.randomUUID(),
                new FindUsersQuery(applicationId, null, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MessageReceivedEvent received(String displayName, Instant at) {
        var ada = new PlatformAccount("42", displayName, "ada", false);
        return new MessageReceivedEvent(UUID.randomUUID(), applicationId, connectionId,
                Platform.TELEGRAM, "telegram:777:update:" + UUID.randomUUID(),
                new ReceivedMessage("m-" + UUID.randomUUID(), "42", "private", ada, BOT,
                        "Hi", List.of(), null, null),
                at, at);
    }

    private AsOfSnapshot ready(AsOfSnapshot building) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                snapshots.find(building.id()).orElseThrow().status() != Status.BUILDING);
        AsOfSnapshot built = snapshots.find(building.id()).orElseThrow();
        assertThat(built.status()).as("status, error: %s", built.error())
                .isEqualTo(Status.READY);
        return built;
    }

    private List<EventView> events(AsOfSnapshot snapshot) {
        return queries.events(snapshot.id(), new FindEventsQuery(applicationId, null, 10, null))
                .events();
    }

    private List<PlatformUserView> platformUsers(AsOfSnapshot snapshot) {
        return queries.platformUsers(snapshot.id(), new FindPlatformUsersQuery(
                applicationId, null, null, 10)).stream()
                .filter(user -> !user.bot()).toList();
    }

    private String value(String schema, String sql) {
        return jdbc.queryForObject(sql.replace("FROM ", "FROM " + schema + "."),
                new MapSqlParameterSource("app", applicationId).addValue("message", messageId),
                String.class);
    }

    /** Every row of every read model in the schema, as JSON, in a stable order. */
    private Map<String, List<String>> rows(String schema) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : ReadModelTables.ALL) {
            rows.put(table, jdbc.getJdbcOperations().queryForList(
                    "SELECT row_to_json(t)::text FROM %s.%s t ORDER BY 1".formatted(schema, table),
                    String.class));
        }
        return rows;
    }

    private boolean schemaExists(String name) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM pg_namespace WHERE nspname = :name",
                new MapSqlParameterSource("name", name), Integer.class) == 1;
    }

    private static Instant at(String time) {
        return Instant.parse("2025-03-01T" + time + ":00Z");
    }
}
