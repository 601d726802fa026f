-- Snapshots of the read models as of an instant, each rebuilt into a schema of its own,
-- asof_<short id>, beside the live read models. The CHECK on schema_name is what lets the drop
-- name a schema from this table and no other. Not a read model: a replay never touches it.
CREATE TABLE asof_snapshot (
    id             uuid        PRIMARY KEY,
    schema_name    text        NOT NULL UNIQUE CHECK (schema_name ~ '^asof_[0-9a-f]{12}$'),
    as_of          timestamptz NOT NULL,
    status         text        NOT NULL
        CHECK (status IN ('building', 'ready', 'failed', 'dropped')),
    events_applied bigint      NOT NULL DEFAULT 0,
    -- The newest position in the event store when the build began; the replay stops there.
    head_position  bigint,
    created_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    error          text,
    dropped_at     timestamptz
);
