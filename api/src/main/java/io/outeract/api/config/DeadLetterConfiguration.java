package io.outeract.api.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parks what the event-graph projectors cannot handle in {@code dead_letter_entry} (V5), in
 * bytea columns: Axon's JPA queue would use large objects. Operators see and retry the letters
 * through the Admin API.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    static final String EVENT_GRAPH = "event-graph";

    @Bean
    ConfigurerModule eventGraphDeadLetters(ConnectionProvider connections,
            TransactionManager transactions, Serializer serializer,
            @Qualifier("eventSerializer") Serializer events) {
        return configurer -> configurer.eventProcessing().registerDeadLetterQueue(EVENT_GRAPH,
                configuration -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(EVENT_GRAPH)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(schema())
                        .genericSerializer(serializer)
                        .eventSerializer(events)
                        .build());
    }

    private static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
