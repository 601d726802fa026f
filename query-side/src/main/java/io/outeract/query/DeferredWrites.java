package io.outeract.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Gathers a batch's projection writes and sends each kind as one JDBC batch when the batch
 * commits: a few round trips per few hundred events instead of several per event. The
 * projections that use it tolerate any order of their writes, so gathering by statement is safe.
 *
 * <p>When a gathered batch fails, the next batches write at once for a while, each write behind
 * a savepoint: the failing event then fails in its own handler, where the dead-letter queue can
 * park it alone while the transaction goes on.
 */
@Component
public class DeferredWrites {

    private static final Logger log = LoggerFactory.getLogger(DeferredWrites.class);
    private static final String RESOURCE = DeferredWrites.class.getName();
    private static final Duration WRITE_AT_ONCE_AFTER_FAILURE = Duration.ofSeconds(30);

    private final NamedParameterJdbcTemplate jdbc;
    private final DataSource dataSource;
    private volatile long writeAtOnceUntil = System.nanoTime();

    public DeferredWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = ((JdbcTemplate) jdbc.getJdbcOperations()).getDataSource();
    }

    public void add(String sql, SqlParameterSource parameters) {
        add(sql, parameters, false);
    }

    /**
     * A write that reads what the batch's other writes leave (a row another projection
     * inserts): it runs after all of them, whatever order the batch's statements came in.
     */
    public void addAfterTheRest(String sql, SqlParameterSource parameters) {
        add(sql, parameters, true);
    }

    private void add(String sql, SqlParameterSource parameters, boolean last) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, parameters);
            return;
        }
        if (System.nanoTime() - writeAtOnceUntil < 0) {
            writeBehindSavepoint(sql, parameters);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(RESOURCE, key -> gatherFor(batch))
                .add(sql, parameters, last);
    }

    /**
     * Writes now, behind a savepoint: a statement PostgreSQL refuses would otherwise abort the
     * whole transaction, and the dead-letter queue could not then park the event in it.
     */
    private void writeBehindSavepoint(String sql, SqlParameterSource parameters) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                jdbc.update(sql, parameters);
            } catch (RuntimeException e) {
                connection.rollback(savepoint);
                throw e;
            }
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("A savepoint could not be set or rolled back", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private Gathered gatherFor(UnitOfWork<?> batch) {
        Gathered gathered = new Gathered();
        batch.onPrepareCommit(committing -> flush(gathered));
        return gathered;
    }

    private void flush(Gathered gathered) {
        try {
            gathered.byStatement.forEach((sql, rows) ->
                    jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new)));
            gathered.afterTheRest.forEach((sql, rows) ->
                    jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new)));
        } catch (RuntimeException e) {
            writeAtOnceUntil = System.nanoTime() + WRITE_AT_ONCE_AFTER_FAILURE.toNanos();
            log.warn("A batch of projection writes failed ({}); writing event by event for {} s, "
                    + "so that a failing event can be parked alone", e.getClass().getSimpleName(),
                    WRITE_AT_ONCE_AFTER_FAILURE.toSeconds());
            throw e;
        }
    }

    /** The writes of one batch, by statement, in the order each statement first came. */
    private static final class Gathered {

        private final Map<String, List<SqlParameterSource>> byStatement = new LinkedHashMap<>();
        private final Map<String, List<SqlParameterSource>> afterTheRest = new LinkedHashMap<>();

        synchronized void add(String sql, SqlParameterSource parameters, boolean last) {
            (last ? afterTheRest : byStatement).computeIfAbsent(sql, key -> new ArrayList<>())
                    .add(parameters);
        }
    }
}
