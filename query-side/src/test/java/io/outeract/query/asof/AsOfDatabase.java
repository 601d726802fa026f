package io.outeract.query.asof;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The as-of tests' own PostgreSQL database, made afresh once per run with the query side's real
 * migrations. Its name ends in {@code _asof}: it is this suite's alone to drop.
 */
final class AsOfDatabase {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "outeract_query_asof"
            + System.getenv().getOrDefault("OUTERACT_TEST_DB_SUFFIX", "")
                    .replaceAll("[^a-z0-9_]", "");
    private static final String USER = "postgres";

    private static HikariDataSource dataSource;

    private AsOfDatabase() {
    }

    static synchronized DataSource dataSource() {
        if (dataSource == null) {
            recreate();
            dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(SERVER + DATABASE);
            dataSource.setUsername(USER);
            dataSource.setMaximumPoolSize(4);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .load().migrate();
        }
        return dataSource;
    }

    private static void recreate() {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed", e);
        }
    }
}
