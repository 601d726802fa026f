package io.outeract.query.files;

import io.outeract.contract.inbound.AttachmentStoredEvent;
import io.outeract.query.DeferredWrites;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The files kept of inbound attachments, and whose each is. */
@Component
@ProcessingGroup("event-graph")
public class StoredFileProjection {

    private final NamedParameterJdbcTemplate jdbc;
    private final DeferredWrites writes;

    public StoredFileProjection(NamedParameterJdbcTemplate jdbc, DeferredWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    public void on(AttachmentStoredEvent event) {
        writes.add("""
                INSERT INTO stored_file (file_id, application_id, event_id, connection_id,
                    attachment_index, mime_type, size_bytes, sha256_hex, stored_at, file_name)
                VALUES (:fileId, :applicationId, :eventId, :connectionId, :index, :mimeType,
                    :size, :sha256, :storedAt, :fileName)
                ON CONFLICT (file_id) DO NOTHING""",
                new MapSqlParameterSource()
                        .addValue("fileId", event.fileId())
                        .addValue("applicationId", event.applicationId())
                        .addValue("eventId", event.eventId())
                        .addValue("connectionId", event.connectionId())
                        .addValue("index", event.attachmentIndex())
                        .addValue("mimeType", event.mimeType())
                        .addValue("size", event.sizeBytes())
                        .addValue("sha256", event.sha256Hex())
                        .addValue("storedAt", Timestamp.from(event.storedAt()))
                        .addValue("fileName", event.fileName()));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE stored_file");
    }
}
