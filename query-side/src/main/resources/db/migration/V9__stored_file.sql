-- Files Outeract keeps of inbound attachments, for the Developer API to serve to the
-- application that received them.
CREATE TABLE stored_file (
    file_id          uuid        PRIMARY KEY,
    application_id   uuid        NOT NULL,
    event_id         uuid        NOT NULL,
    connection_id    uuid        NOT NULL,
    attachment_index integer     NOT NULL,
    mime_type        text,
    size_bytes       bigint      NOT NULL,
    sha256_hex       text        NOT NULL,
    stored_at        timestamptz NOT NULL
);

CREATE INDEX stored_file_by_event ON stored_file (application_id, event_id);
