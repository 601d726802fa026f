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

    public static String recreate(String name) {
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
