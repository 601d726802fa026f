-- Slack installs in progress: an admin asked for an install link, and Slack will send the
-- installer back with a code and the link's state. The state is kept only as its SHA-256; the
-- Slack app's secrets are sealed, bound to that hash. A request is used once, within its time.
CREATE TABLE slack_install_request (
    state_hash     bytea       PRIMARY KEY,
    application_id uuid        NOT NULL,
    connection_id  uuid        NOT NULL UNIQUE,
    sealed_secrets bytea       NOT NULL,
    expires_at     timestamptz NOT NULL,
    consumed_at    timestamptz
);
