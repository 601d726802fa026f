package io.outeract.api.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh database on the local PostgreSQL for one test run, so old schemas never linger. */
public final class TestDatabase {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String USER = "postgres";

    private TestDatabase() {
    }

    /**
     * {@code OUTERACT_TEST_DB_SUFFIX} (letters, digits, underscores) is appended to the name, so
     * that two checkouts can run their suites on one PostgreSQL at the same time.
     */
    public static String recreate(String baseName) {
        String suffix = System.getenv().getOrDefault("OUTERACT_TEST_DB_SUFFIX", "");
        if (!suffix.matches("[a-z0-9_]*")) {
            throw new IllegalArgumentException("OUTERACT_TEST_DB_SUFFIX may hold only a-z, 0-9, _");
        }
        String name = baseName + suffix;
        String admin = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("The tests need PostgreSQL on " + HOST + ":" + PORT
                    + " with the role " + USER + " and trust authentication: " + e.getMessage(), e);
        }
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }
}
