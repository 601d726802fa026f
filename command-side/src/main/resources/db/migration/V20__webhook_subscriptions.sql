-- Webhook subscriptions as the dispatcher needs them, written in the transaction of each
-- subscription command, and the durable queue of deliveries, one row per event and
-- subscription, kept after it finished so that it can be delivered again.

CREATE TABLE webhook_subscription (
    subscription_id            uuid PRIMARY KEY,
    application_id             uuid        NOT NULL,
    url                        text        NOT NULL,
    event_types                text[]      NOT NULL,
    -- ACTIVE, PAUSED, DISABLED or DELETED; only ACTIVE endpoints are called.
    status                     text        NOT NULL,
    -- AES-256-GCM of the signing secret, bound to the subscription id.
    sealed_secret              bytea       NOT NULL,
    -- The secret before the last rotation, which signs too until previous_secret_expires_at.
    sealed_previous_secret     bytea,
    previous_secret_expires_at timestamptz,
    -- The first failure of the current run of failures; cleared by any success.
    failing_since              timestamptz,
    created_at                 timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX webhook_subscription_by_application ON webhook_subscription (application_id);

CREATE TABLE webhook_delivery (
    delivery_id     uuid PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES webhook_subscription (subscription_id),
    application_id  uuid        NOT NULL,
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    -- The request body exactly as sent, so that every attempt signs the same bytes.
    body            text        NOT NULL,
    -- PENDING until it succeeds (SUCCEEDED) or runs out of attempts (FAILED).
    state           text        NOT NULL DEFAULT 'PENDING',
    due_at          timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    -- attempts when the current round began (queued, or redelivered): the retry schedule
    -- counts from there.
    round_start     integer     NOT NULL DEFAULT 0,
    -- Set while a dispatcher holds the row; a lapsed claim is simply attempted again.
    claimed_until   timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (subscription_id, due_at)
    WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_failed ON webhook_delivery (subscription_id, finished_at)
    WHERE state = 'FAILED';
