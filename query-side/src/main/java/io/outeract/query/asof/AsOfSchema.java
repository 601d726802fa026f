package io.outeract.query.asof;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The PostgreSQL schema of one as-of snapshot. Its name is made here from the snapshot's id and
 * checked whenever one is read back, so no other name ever reaches the DDL below.
 */
public record AsOfSchema(String name) {

    private static final Pattern NAME = Pattern.compile("asof_[0-9a-f]{12}");

    public AsOfSchema {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not the schema of an as-of snapshot");
        }
    }

    static AsOfSchema forSnapshot(UUID snapshotId) {
        return new AsOfSchema("asof_" + snapshotId.toString().replace("-", "").substring(0, 12));
    }

    /** Empty copies of the live read models, with their keys, checks and indexes. */
    void create(JdbcOperations jdbc) {
        String live = jdbc.queryForObject("SELECT current_schema()", String.class);
        jdbc.execute("CREATE SCHEMA " + name);
        for (String table : ReadModelTables.ALL) {
            jdbc.execute("CREATE TABLE %s.%s (LIKE %s.%s INCLUDING ALL)"
                    .formatted(name, table, live, table));
        }
    }

    void drop(JdbcOperations jdbc) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    /**
     * Points the current transaction's unqualified table names at this schema alone, so that a
     * table missing from it fails loudly instead of reaching the live one. {@code SET LOCAL}
     * ends with the transaction, so the pooled connection goes back as it came.
     */
    void useForThisTransaction(JdbcOperations jdbc) {
        jdbc.execute("SET LOCAL search_path TO " + name);
    }
}
