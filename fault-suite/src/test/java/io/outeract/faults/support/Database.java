package io.outeract.faults.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The local PostgreSQL as the tests see it: a database of the suite's own, recreated per server,
 * and plain SQL reads of what the server stored. The suite needs the {@code postgres} role with
 * trust authentication on 127.0.0.1:5432, as the rest of the build does.
 */
public final class Database {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String USER = "postgres";

    private final String name;

    private Database(String name) {
        this.name = name;
    }

    /** Drops and creates {@code name}, so that nothing of an earlier run lingers. */
    public static Database recreate(String baseName) {
        // OUTERACT_TEST_DB_SUFFIX lets two checkouts test on one PostgreSQL at the same time.
        String name = baseName + System.getenv().getOrDefault("OUTERACT_TEST_DB_SUFFIX", "")
            .replaceAll("[^a-z0-9_]", "");
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("The fault suite needs PostgreSQL on " + HOST + ":"
                    + PORT + " with the role " + USER + " and trust authentication: "
                    + e.getMessage(), e);
        }
        return new Database(name);
    }

    public String name() {
        return name;
    }

    public long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    public Object single(String sql, Object... parameters) {
        List<List<Object>> rows = rows(sql, parameters);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("Expected one value from " + sql + ", got " + rows);
        }
        return rows.get(0).get(0);
    }

    /** The first column of every row. */
    public List<String> strings(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> String.valueOf(row.get(0))).toList();
    }

    public List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    public void execute(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Statement failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(name), USER, "");
    }

    private static PreparedStatement prepared(Connection connection, String sql,
            Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int index = 0; index < parameters.length; index++) {
            statement.setObject(index + 1, parameters[index]);
        }
        return statement;
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }
}
