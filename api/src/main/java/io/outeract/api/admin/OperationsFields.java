package io.outeract.api.admin;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.AccessDeniedException;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Fields;
import io.outeract.api.security.AdminCaller;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What operators run: the projections, their dead letters, and rebuilding a projection from the
 * history. These span every tenant, so only operators may use them.
 */
@Component
class OperationsFields {

    /** Groups whose handlers only build read models; side-effect groups are never reset. */
    static final Set<String> PROJECTIONS = Set.of("directory", "event-graph", "webhook-history");
    private static final int MAX_RETRIES_PER_CALL = 10_000;
    private static final Logger log = LoggerFactory.getLogger(OperationsFields.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ProjectionProgress progress;

    OperationsFields(EventProcessingConfiguration processing, JdbcTemplate jdbc,
            ProjectionProgress progress) {
        this.progress = progress;
        this.processing = processing;
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> projections(DataFetchingEnvironment env) {
        requireOperator(env);
        return PROJECTIONS.stream().sorted().map(this::status).toList();
    }

    Map<String, Object> rebuildProjection(DataFetchingEnvironment env) {
        AdminCaller operator = requireOperator(env);
        return rebuild(operator, projection(env.getArgument("name")));
    }

    List<Map<String, Object>> rebuildAllProjections(DataFetchingEnvironment env) {
        AdminCaller operator = requireOperator(env);
        return PROJECTIONS.stream().sorted().map(name -> rebuild(operator, name)).toList();
    }

    private Map<String, Object> rebuild(AdminCaller operator, String name) {
        StreamingEventProcessor processor = processor(name);

        log.info("Operator {} is rebuilding the projection {} from the start of the history",
                operator.adminId(), name);
        processor.shutDown();
        // The replay meets every parked event again and parks it anew if it still fails.
        jdbc.update("DELETE FROM dead_letter_entry WHERE processing_group = ?", name);
        processor.resetTokens();
        processor.start();
        return status(name);
    }

    List<Map<String, Object>> deadLetters(DataFetchingEnvironment env) {
        requireOperator(env);
        int first = env.getArgumentOrDefault("first", 50);
        return jdbc.query("""
                SELECT dead_letter_id, processing_group, sequence_identifier, payload_type,
                       event_identifier, aggregate_identifier, cause_type, cause_message,
                       enqueued_at, last_touched
                FROM dead_letter_entry
                WHERE processing_group = ?
                ORDER BY enqueued_at, sequence_index
                LIMIT ?""",
                (row, index) -> Fields.of(
                        "id", row.getString("dead_letter_id"),
                        "processingGroup", row.getString("processing_group"),
                        "sequenceIdentifier", row.getString("sequence_identifier"),
                        "eventType", simpleName(row.getString("payload_type")),
                        "eventIdentifier", row.getString("event_identifier"),
                        "aggregateIdentifier", row.getString("aggregate_identifier"),
                        "cause", row.getString("cause_type") + ": "
                                + row.getString("cause_message"),
                        "enqueuedAt", row.getString("enqueued_at"),
                        "lastTouched", row.getString("last_touched")),
                group(env), Math.max(1, Math.min(first, 500)));
    }

    Map<String, Object> retryDeadLetters(DataFetchingEnvironment env) {
        AdminCaller operator = requireOperator(env);
        String group = group(env);
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing
                .sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalArgumentException(
                        "The processing group '" + group + "' has no dead-letter queue"));

        int retried = 0;
        while (retried < MAX_RETRIES_PER_CALL && letters.processAny()) {
            retried++;
        }
        int remaining = count(group);
        log.info("Operator {} retried {} dead-letter sequences of {}; {} letters remain",
                operator.adminId(), retried, group, remaining);
        return Fields.of("retried", retried, "remaining", remaining);
    }

    private Map<String, Object> status(String name) {
        StreamingEventProcessor processor = processor(name);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        OptionalLong lowest = segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        Double position = lowest.isPresent() ? (double) lowest.getAsLong() : null;
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry",
                Long.class);
        boolean caughtUp = head == null || position != null && position >= head;
        return Fields.of("name", name, "running", processor.isRunning(),
                "replaying", replaying && !caughtUp, "caughtUp", caughtUp,
                "segments", segments.size(), "position", position,
                "headPosition", head == null ? null : head.doubleValue(),
                "eventsPerSecond", progress.eventsPerSecond(name),
                "secondsLeft", progress.secondsLeft(name, position, head));
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException(
                        "No projection '" + name + "' runs on this server"));
    }

    private int count(String group) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?",
                Integer.class, group);
        return count == null ? 0 : count;
    }

    private static String projection(String name) {
        if (!PROJECTIONS.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a projection; choose from "
                    + String.join(", ", PROJECTIONS.stream().sorted().toList()));
        }
        return name;
    }

    private static String group(DataFetchingEnvironment env) {
        return env.getArgumentOrDefault("processingGroup", "event-graph");
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    static AdminCaller requireOperator(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        if (!admin.operator()) {
            throw new AccessDeniedException("Only operators may do this");
        }
        return admin;
    }
}
