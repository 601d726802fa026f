package io.outeract.command;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The integration tests' PostgreSQL database on 127.0.0.1:5432. It is created when missing, and
 * once per test run its schema is dropped and rebuilt from this module's own migration, so the
 * tests always run against the migration as it is now.
 */
public final class CommandSideDatabase {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** {@code OUTERACT_TEST_DB_SUFFIX} lets two checkouts test on one PostgreSQL at once. */
    private static final String NAME = "outeract_command_test"
            + System.getenv().getOrDefault("OUTERACT_TEST_DB_SUFFIX", "")
                    .replaceAll("[^a-z0-9_]", "");
    private static final String USER = "postgres";
    private static final String DATABASE_EXISTS = "42P04";

    private static DataSource dataSource;

    private CommandSideDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            createIfMissing();
            DataSource migrated = new SimpleDriverDataSource(
                    new org.postgresql.Driver(), SERVER + NAME, USER, "");
            Flyway flyway = Flyway.configure()
                    .dataSource(migrated)
                    .locations("classpath:db/migration")
                    .cleanDisabled(false)
                    .load();
            flyway.clean();
            flyway.migrate();
            dataSource = migrated;
        }
        return dataSource;
    }

    public static JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    /** A connection of its own with an open transaction, for tests of concurrent claims. */
    public static Connection openTransaction() throws SQLException {
        Connection connection = dataSource().getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private static void createIfMissing() {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, "");
                var exists = server.prepareStatement(
                        "SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, NAME);
            try (var found = exists.executeQuery()) {
                if (!found.next()) {
                    try (var create = server.createStatement()) {
                        create.execute("CREATE DATABASE " + NAME);
                    }
                }
            }
        } catch (SQLException e) {
            // A test run started at the same moment may have created it between check and create.
            if (!DATABASE_EXISTS.equals(e.getSQLState())) {
                throw new IllegalStateException(
                        "The integration tests need PostgreSQL at 127.0.0.1:5432", e);
            }
        }
    }
}
