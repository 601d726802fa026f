-- Axon's dead-letter queue for projections: an event a projector cannot handle is parked here,
-- with the events of its sequence (its connection) behind it, while other sequences flow on.
-- Serialized data is bytea; the timestamps are Axon's ISO-8601 strings.

CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255) PRIMARY KEY,
    processing_group     VARCHAR(255) NOT NULL,
    sequence_identifier  VARCHAR(255) NOT NULL,
    sequence_index       BIGINT       NOT NULL,
    message_type         VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255) NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        TEXT,
    diagnostics          BYTEA,
    UNIQUE (processing_group, sequence_identifier, sequence_index)
);

CREATE INDEX dead_letter_entry_by_group ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_by_sequence
    ON dead_letter_entry (processing_group, sequence_identifier);

-- Operators may see every tenant's dead letters and rebuild projections.
ALTER TABLE admin_account ADD COLUMN operator boolean NOT NULL DEFAULT false;
