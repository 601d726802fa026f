package io.outeract.query;

import io.outeract.contract.common.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Conversions between domain values and read model columns; each one lets null through. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} parameter. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    /** Platforms are stored by the wire name the APIs show, such as {@code telegram}. */
    public static String wireName(Platform platform) {
        return platform == null ? null : platform.wireName();
    }

    public static Platform platform(ResultSet row, String column) throws SQLException {
        String wireName = row.getString(column);
        return wireName == null ? null : Platform.fromWireName(wireName);
    }
}
