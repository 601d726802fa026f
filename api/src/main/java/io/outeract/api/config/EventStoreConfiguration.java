package io.outeract.api.config;

import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Events and tokens in PostgreSQL through Axon's JDBC engine, in tables Flyway owns (V1). With
 * {@code axon.axonserver.enabled=true}, Axon Server stores the events instead; tokens stay here.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        // Joins the Spring transaction, so a handler's writes and its token commit together.
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EventStorageEngine eventStorageEngine(ConnectionProvider connections,
            TransactionManager transactions, @Qualifier("eventSerializer") Serializer events,
            Serializer snapshots, @Value("${outeract.event-store.gap-timeout:120s}")
            java.time.Duration gapTimeout, List<EventUpcaster> upcasters) {
        return JdbcEventStorageEngine.builder()
                // Old shapes of events are read as their current one (see upcasting).
                .upcasterChain(new EventUpcasterChain(upcasters))
                .connectionProvider(connections)
                .transactionManager(transactions)
                .eventSerializer(events)
                .snapshotSerializer(snapshots)
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .schema(eventSchema())
                .dataType(byte[].class)
                // A slow append can commit its event after later ones: wait this long for it.
                .gapTimeout((int) gapTimeout.toMillis())
                .batchSize(500)
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}")
            java.time.Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(tokenSchema())
                .contentType(byte[].class)
                .claimTimeout(claimTimeout)
                .build();
    }

    private static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    private static TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }
}
