package io.outeract.query.asof;

import static io.outeract.query.SqlValues.instant;
import static io.outeract.query.SqlValues.timestamp;
import static io.outeract.query.SqlValues.uuid;

import io.outeract.query.asof.AsOfSnapshot.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of every as-of snapshot, in {@code asof_snapshot} on the live schema. */
@Component
public class AsOfSnapshots {

    private static final String COLUMNS = """
            id, schema_name, as_of, status, events_applied, head_position, created_at,
                finished_at, error""";

    private final NamedParameterJdbcTemplate jdbc;

    public AsOfSnapshots(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AsOfSnapshot begin(UUID id, AsOfSchema schema, Instant asOf, Long headPosition) {
        jdbc.update("""
                INSERT INTO asof_snapshot (id, schema_name, as_of, status, head_position,
                    created_at)
                VALUES (:id, :schema, :asOf, :status, :head, now())""",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("schema", schema.name())
                        .addValue("asOf", timestamp(asOf))
                        .addValue("status", Status.BUILDING.wireName())
                        .addValue("head", headPosition));
        return find(id).orElseThrow();
    }

    void progress(UUID id, long eventsApplied) {
        jdbc.update("UPDATE asof_snapshot SET events_applied = :applied WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("applied", eventsApplied));
    }

    void finish(UUID id, Status status, String error) {
        jdbc.update("""
                UPDATE asof_snapshot SET status = :status, error = :error, finished_at = now()
                WHERE id = :id""",
                new MapSqlParameterSource("id", id)
                        .addValue("status", status.wireName())
                        .addValue("error", error));
    }

    void dropped(UUID id) {
        jdbc.update("""
                UPDATE asof_snapshot SET status = :status, dropped_at = now() WHERE id = :id""",
                new MapSqlParameterSource("id", id)
                        .addValue("status", Status.DROPPED.wireName()));
    }

    /** The builds that were running when the server stopped; they are marked failed here. */
    List<AsOfSnapshot> failInterrupted() {
        return jdbc.query("""
                UPDATE asof_snapshot
                SET status = :failed, finished_at = now(),
                    error = 'The server stopped during the build'
                WHERE status = :building
                RETURNING %s""".formatted(COLUMNS),
                new MapSqlParameterSource("failed", Status.FAILED.wireName())
                        .addValue("building", Status.BUILDING.wireName()),
                (row, n) -> snapshot(row));
    }

    public Optional<AsOfSnapshot> find(UUID id) {
        return jdbc.query("SELECT %s FROM asof_snapshot WHERE id = :id".formatted(COLUMNS),
                new MapSqlParameterSource("id", id), (row, n) -> snapshot(row))
                .stream().findFirst();
    }

    /** Newest first. */
    public List<AsOfSnapshot> all() {
        return jdbc.query("SELECT %s FROM asof_snapshot ORDER BY created_at DESC, id"
                .formatted(COLUMNS), (row, n) -> snapshot(row));
    }

    private static AsOfSnapshot snapshot(ResultSet row) throws SQLException {
        return new AsOfSnapshot(uuid(row, "id"), row.getString("schema_name"),
                instant(row, "as_of"), Status.fromWireName(row.getString("status")),
                row.getLong("events_applied"), row.getObject("head_position", Long.class),
                instant(row, "created_at"), instant(row, "finished_at"), row.getString("error"));
    }
}
