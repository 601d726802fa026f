package io.outeract.query;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The tests' own PostgreSQL database, created when missing and migrated afresh once per test
 * run with the query side's real migration. Tests keep apart by using random application ids.
 */
public final class ReadModelDatabase {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** {@code OUTERACT_TEST_DB_SUFFIX} lets two checkouts test on one PostgreSQL at once. */
    private static final String DATABASE = "outeract_query_test"
            + System.getenv().getOrDefault("OUTERACT_TEST_DB_SUFFIX", "")
                    .replaceAll("[^a-z0-9_]", "");
    private static final String USER = "postgres";
    private static final String DUPLICATE_DATABASE = "42P04";

    private static NamedParameterJdbcTemplate jdbc;

    private ReadModelDatabase() {
    }

    public static synchronized NamedParameterJdbcTemplate jdbc() {
        if (jdbc == null) {
            createDatabaseIfMissing();
            var dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(SERVER + DATABASE);
            dataSource.setUsername(USER);
            dataSource.setMaximumPoolSize(2);
            // Afresh each run: the schema under test is always the migration as it is now.
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .cleanDisabled(false)
                    .load();
            flyway.clean();
            flyway.migrate();
            jdbc = new NamedParameterJdbcTemplate(dataSource);
        }
        return jdbc;
    }

    private static void createDatabaseIfMissing() {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, "")) {
            var exists = server.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                server.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return; // another test run created it a moment ago
            }
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed", e);
        }
    }
}
