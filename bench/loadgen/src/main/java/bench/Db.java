package bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC to the benchmark's own database (outeract_bench), one connection per instance. */
final class Db implements AutoCloseable {

    private final Connection connection;

    Db(Config config) throws SQLException {
        connection = DriverManager.getConnection(config.jdbcUrl(), config.dbUser, "");
        connection.setAutoCommit(true);
    }

    synchronized long count(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    synchronized List<String> strings(String sql, Object... parameters) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }

    synchronized int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    synchronized void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** Ids as a PostgreSQL array of uuid, for {@code = ANY(?)}. */
    java.sql.Array uuids(List<String> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.stream().map(java.util.UUID::fromString)
                .toArray());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
