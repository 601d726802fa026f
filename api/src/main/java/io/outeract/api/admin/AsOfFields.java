package io.outeract.api.admin;

import static io.outeract.api.admin.OperationsFields.requireOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.outeract.api.graphql.Fields;
import io.outeract.api.security.AdminCaller;
import io.outeract.contract.query.EventFilter;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.FindEventsQuery;
import io.outeract.contract.query.FindUsersQuery;
import io.outeract.query.asof.AsOfBuilds;
import io.outeract.query.asof.AsOfQueries;
import io.outeract.query.asof.AsOfSnapshot;
import io.outeract.query.asof.AsOfSnapshots;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Operators' snapshots of the read models as of a time: build, list, query and drop. They
 * span every tenant, so only operators use them, and every query names its application.
 */
@Component
class AsOfFields {

    private static final Logger log = LoggerFactory.getLogger(AsOfFields.class);

    private final AsOfBuilds builds;
    private final AsOfSnapshots snapshots;
    private final AsOfQueries queries;
    private final ObjectMapper json;

    AsOfFields(AsOfBuilds builds, AsOfSnapshots snapshots, AsOfQueries queries,
            ObjectMapper json) {
        this.builds = builds;
        this.snapshots = snapshots;
        this.queries = queries;
        this.json = json;
    }

    /** Its fields of the Admin schema, kept here so that the schema's wiring stays short. */
    void wire(RuntimeWiring.Builder builder) {
        builder.type("Query", type -> type
                .dataFetcher("asOfSnapshots", this::asOfSnapshots)
                .dataFetcher("asOfEvents", this::asOfEvents)
                .dataFetcher("asOfUsers", this::asOfUsers));
        builder.type("Mutation", type -> type
                .dataFetcher("buildReadModelsAsOf", this::buildReadModelsAsOf)
                .dataFetcher("dropAsOfSnapshot", this::dropAsOfSnapshot));
    }

    Map<String, Object> buildReadModelsAsOf(DataFetchingEnvironment env) {
        AdminCaller operator = requireOperator(env);
        Instant asOf = Instant.parse(env.getArgument("instant"));
        AsOfSnapshot snapshot = builds.build(asOf);
        log.info("Operator {} asked for as-of snapshot {} of the read models at {}",
                operator.adminId(), snapshot.id(), asOf);
        return view(snapshot);
    }

    List<Map<String, Object>> asOfSnapshots(DataFetchingEnvironment env) {
        requireOperator(env);
        return snapshots.all().stream().map(AsOfFields::view).toList();
    }

    Map<String, Object> dropAsOfSnapshot(DataFetchingEnvironment env) {
        AdminCaller operator = requireOperator(env);
        UUID id = UUID.fromString(env.getArgument("id"));
        AsOfSnapshot dropped = builds.drop(id);
        log.info("Operator {} dropped as-of snapshot {}", operator.adminId(), id);
        return view(dropped);
    }

    List<Map<String, Object>> asOfEvents(DataFetchingEnvironment env) {
        requireOperator(env);
        String type = env.getArgument("eventType");
        var filter = new EventFilter(type, null, null, null, null, null, null, null, null);
        var query = new FindEventsQuery(application(env), filter, first(env), null);
        return queries.events(snapshot(env), query).events().stream().map(this::view).toList();
    }

    List<Map<String, Object>> asOfUsers(DataFetchingEnvironment env) {
        requireOperator(env);
        var query = new FindUsersQuery(application(env), null, first(env));
        return queries.users(snapshot(env), query).stream()
                .map(user -> Fields.of("id", user.id(), "displayName", user.displayName(),
                        "createdAt", Fields.text(user.createdAt())))
                .toList();
    }

    private static Map<String, Object> view(AsOfSnapshot snapshot) {
        return Fields.of("id", snapshot.id(), "asOf", Fields.text(snapshot.asOf()),
                "status", snapshot.status().name(), "schemaName", snapshot.schemaName(),
                "eventsApplied", (double) snapshot.eventsApplied(),
                "headPosition", snapshot.headPosition() == null
                        ? null : snapshot.headPosition().doubleValue(),
                "createdAt", Fields.text(snapshot.createdAt()),
                "finishedAt", Fields.text(snapshot.finishedAt()), "error", snapshot.error());
    }

    private Map<String, Object> view(EventView event) {
        return Fields.of("id", event.id(), "eventType", event.eventType(),
                "payload", parse(event.payloadJson()), "createdAt", Fields.text(event.createdAt()),
                "connectionId", event.connectionId(),
                "platform", event.platform() == null ? null : event.platform().wireName(),
                "position", (double) event.position());
    }

    private Object parse(String payload) {
        try {
            return json.readValue(payload, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event payload is not JSON", e);
        }
    }

    private static UUID snapshot(DataFetchingEnvironment env) {
        return UUID.fromString(env.getArgument("snapshotId"));
    }

    private static UUID application(DataFetchingEnvironment env) {
        return UUID.fromString(env.getArgument("applicationId"));
    }

    private static int first(DataFetchingEnvironment env) {
        int first = env.getArgumentOrDefault("first", 20);
        return Math.max(1, Math.min(first, 100));
    }
}
