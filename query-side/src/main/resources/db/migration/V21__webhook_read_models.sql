-- What the APIs show of webhook subscriptions: the subscriptions, each delivery as of its
-- latest attempt, and every attempt. Kept by the webhook-history processing group.

CREATE TABLE webhook_subscription_view (
    id                          uuid PRIMARY KEY,
    application_id              uuid        NOT NULL,
    url                         text        NOT NULL,
    event_types                 text[]      NOT NULL,
    description                 text        NOT NULL,
    status                      text        NOT NULL,
    disabled_reason             text,
    previous_secret_valid_until timestamptz,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL
);

CREATE INDEX webhook_subscription_view_by_application
    ON webhook_subscription_view (application_id, created_at);

CREATE TABLE webhook_delivery_view (
    id               uuid PRIMARY KEY,
    -- Orders and pages the deliveries, newest first.
    position         bigserial   NOT NULL UNIQUE,
    subscription_id  uuid        NOT NULL,
    application_id   uuid        NOT NULL,
    event_id         uuid        NOT NULL,
    event_type       text        NOT NULL,
    -- PENDING (asked for again), RETRYING, SUCCEEDED or FAILED.
    status           text        NOT NULL,
    attempts         integer     NOT NULL,
    last_status_code integer,
    last_attempt_at  timestamptz,
    next_attempt_at  timestamptz
);

CREATE INDEX webhook_delivery_view_by_subscription
    ON webhook_delivery_view (application_id, subscription_id, position);
CREATE INDEX webhook_delivery_view_by_event ON webhook_delivery_view (application_id, event_id);

CREATE TABLE webhook_attempt_view (
    delivery_id    uuid        NOT NULL,
    number         integer     NOT NULL,
    application_id uuid        NOT NULL,
    requested_at   timestamptz NOT NULL,
    status_code    integer,
    latency_millis bigint      NOT NULL,
    response_body  text,
    error          text,
    outcome        text        NOT NULL,
    PRIMARY KEY (delivery_id, number)
);
