package io.outeract.query.files;

import io.outeract.contract.query.FindStoredFileQuery;
import io.outeract.contract.query.StoredFileView;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds stored files, only ever within the asking application. */
@Component
public class StoredFileQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public StoredFileQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public StoredFileView handle(FindStoredFileQuery query) {
        List<StoredFileView> found = jdbc.query("""
                SELECT file_id, application_id, event_id, attachment_index, mime_type,
                    size_bytes, sha256_hex, stored_at, file_name
                FROM stored_file
                WHERE application_id = :applicationId AND file_id = :fileId""",
                new MapSqlParameterSource()
                        .addValue("applicationId", query.applicationId())
                        .addValue("fileId", query.fileId()),
                (row, n) -> new StoredFileView(
                        row.getObject("file_id", UUID.class),
                        row.getObject("application_id", UUID.class),
                        row.getObject("event_id", UUID.class),
                        row.getInt("attachment_index"),
                        row.getString("mime_type"),
                        row.getLong("size_bytes"),
                        row.getString("sha256_hex"),
                        row.getTimestamp("stored_at").toInstant(),
                        row.getString("file_name")));
        return found.isEmpty() ? null : found.get(0);
    }
}
