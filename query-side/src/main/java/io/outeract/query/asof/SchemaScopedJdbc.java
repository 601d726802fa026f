package io.outeract.query.asof;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * JDBC whose every transaction reads and writes one as-of schema. It has a data source of its
 * own over the live pool: Spring binds a transaction's connection to its data source, so what
 * runs through the live one meanwhile (the event store's reads) keeps the default search path.
 */
final class SchemaScopedJdbc {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    SchemaScopedJdbc(DataSource live) {
        DataSource scoped = new DelegatingDataSource(live);
        this.jdbc = new NamedParameterJdbcTemplate(scoped);
        var transactions = new DataSourceTransactionManager(scoped);
        // Always a transaction of its own, so that SET LOCAL is scoped by it alone.
        this.writing = new TransactionTemplate(transactions);
        writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        reading.setReadOnly(true);
    }

    /** The template the snapshot's projections and queries are built over. */
    NamedParameterJdbcTemplate jdbc() {
        return jdbc;
    }

    void write(AsOfSchema schema, Runnable work) {
        writing.executeWithoutResult(status -> {
            schema.useForThisTransaction(jdbc.getJdbcOperations());
            work.run();
        });
    }

    <T> T read(AsOfSchema schema, Supplier<T> work) {
        return reading.execute(status -> {
            schema.useForThisTransaction(jdbc.getJdbcOperations());
            return work.get();
        });
    }

    /** One transaction on the default search path, for DDL that names its schemas. */
    void inTransaction(Consumer<JdbcOperations> work) {
        writing.executeWithoutResult(status -> work.accept(jdbc.getJdbcOperations()));
    }
}
