-- What a shared webhook (Meta's) carried for an account that no connection claims. Meta is
-- answered 200 so that it stops retrying; this is then the only copy. A redelivery of the same
-- part is counted on its row, not stored again.
CREATE TABLE unroutable_delivery (
    delivery_id         uuid        PRIMARY KEY,
    fingerprint         bytea       NOT NULL UNIQUE,
    platform            text,
    external_account_id text        NOT NULL,
    reason              text        NOT NULL,
    payload             text        NOT NULL,
    first_received_at   timestamptz NOT NULL,
    last_received_at    timestamptz NOT NULL,
    times_received      integer     NOT NULL DEFAULT 1
);

CREATE INDEX unroutable_delivery_newest ON unroutable_delivery (last_received_at DESC);
