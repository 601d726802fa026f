-- Admin accounts sign in to the Admin API. They are not event-sourced: a password hash written
-- to an immutable store could never be taken back.

CREATE TABLE admin_account (
    id            uuid PRIMARY KEY,
    email         text        NOT NULL UNIQUE,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
