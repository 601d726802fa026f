-- How far each outbound message got after the platform took it, as the platform reports it
-- (delivered, read, failed). Keyed by the platform's id for the message, because that is all a
-- report names; it may arrive before the send's own result is projected, and is joined to the
-- message when it is read. Reports come in any order: a row only ever moves to a higher rank.
CREATE TABLE message_delivery (
    connection_id       uuid        NOT NULL,
    platform_message_id text        NOT NULL,
    application_id      uuid        NOT NULL,
    state               text        NOT NULL
        CHECK (state IN ('queued', 'sent', 'delivered', 'read', 'failed')),
    state_rank          smallint    NOT NULL,
    platform_status     text,
    error_code          text,
    error_description   text,
    reported_at         timestamptz NOT NULL,
    PRIMARY KEY (connection_id, platform_message_id)
);
