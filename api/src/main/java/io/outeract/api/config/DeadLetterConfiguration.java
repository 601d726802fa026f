package io.outeract.api.config;

import java.util.List;
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
 * Parks what a processing group cannot handle in {@code dead_letter_entry} (V5), in bytea
 * columns: Axon's JPA queue would use large objects. Every group has one, so that one bad event
 * holds up only its own sequence, never a whole group. Operators see and retry the letters
 * through the Admin API.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    static final List<String> GROUPS =
            List.of("directory", "event-graph", "outbound-dispatch", "connection-webhooks",
                    "media-downloads", "webhook-deliveries", "webhook-history");

    @Bean
    ConfigurerModule deadLetterQueues(ConnectionProvider connections,
            TransactionManager transactions, Serializer serializer,
            @Qualifier("eventSerializer") Serializer events) {
        return configurer -> GROUPS.forEach(group -> configurer.eventProcessing()
                .registerDeadLetterQueue(group,
                        configuration -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .schema(schema())
                                .genericSerializer(serializer)
                                .eventSerializer(events)
                                .build()));
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
