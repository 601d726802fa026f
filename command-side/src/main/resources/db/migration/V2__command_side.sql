-- Command-side state that is not an event stream: the credential vault, the deduplication
-- ledger of inbound items and the durable send queue.

CREATE TABLE connection_credential (
    connection_id       uuid PRIMARY KEY,
    application_id      uuid        NOT NULL,
    platform            text        NOT NULL,
    external_account_id text        NOT NULL,
    -- AES-256-GCM of the connection's secrets; NULL once erased at disconnection.
    sealed_values       bytea,
    created_at          timestamptz NOT NULL DEFAULT now(),
    disconnected_at     timestamptz
);

CREATE INDEX connection_credential_by_application ON connection_credential (application_id);

-- One row per inbound item ever recorded, claimed in the transaction that stores its event.
CREATE TABLE inbound_receipt (
    dedupe_key  text PRIMARY KEY,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE send_queue (
    message_id       uuid PRIMARY KEY,
    connection_id    uuid        NOT NULL,
    platform         text        NOT NULL,
    external_chat_id text        NOT NULL,
    text             text        NOT NULL,
    due_at           timestamptz NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    -- Set while a dispatcher holds the row; a lapsed claim means the outcome is unknown.
    claimed_until    timestamptz
);

CREATE INDEX send_queue_due ON send_queue (due_at) WHERE claimed_until IS NULL;
