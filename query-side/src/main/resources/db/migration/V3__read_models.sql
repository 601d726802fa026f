-- Read models of the query side. Every row here is rebuilt from the event store by a replay,
-- so none of it is the source of truth. There are no foreign keys on purpose: projections of
-- different processing groups, and the segments of one group, fill these tables in any order.
-- Every row that belongs to an application carries application_id; every query filters on it.

-- Directory (processing group "directory") ------------------------------------------------

CREATE TABLE organisation (
    id         uuid        PRIMARY KEY,
    name       text        NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE organisation_member (
    organisation_id uuid        NOT NULL,
    admin_id        uuid        NOT NULL,
    joined_at       timestamptz NOT NULL,
    PRIMARY KEY (organisation_id, admin_id)
);

CREATE INDEX organisation_member_by_admin ON organisation_member (admin_id);

CREATE TABLE application (
    id              uuid        PRIMARY KEY,
    organisation_id uuid        NOT NULL,
    name            text        NOT NULL,
    created_at      timestamptz NOT NULL
);

CREATE INDEX application_by_organisation ON application (organisation_id, created_at);

CREATE TABLE platform_connection (
    id                  uuid        PRIMARY KEY,
    application_id      uuid        NOT NULL,
    platform            text        NOT NULL,
    external_account_id text,
    display_name        text,
    status              text        NOT NULL
        CHECK (status IN ('pending', 'active', 'failed', 'disconnected')),
    status_reason       text,
    connected_at        timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE INDEX platform_connection_by_application
    ON platform_connection (application_id, connected_at);

CREATE TABLE api_key (
    id             uuid        PRIMARY KEY,
    application_id uuid        NOT NULL,
    name           text,
    scopes         text[]      NOT NULL,
    secret_hash    text        NOT NULL,
    issued_at      timestamptz NOT NULL,
    revoked_at     timestamptz
);

CREATE INDEX api_key_by_application ON api_key (application_id, issued_at);

-- Event graph (processing group "event-graph") ---------------------------------------------

-- created_position: the global position of the sighting that created the user. A replay, or a
-- late event filling a gap, may show an earlier sighting after a later one; the earliest wins.
CREATE TABLE app_user (
    id               uuid        PRIMARY KEY,
    application_id   uuid        NOT NULL,
    display_name     text,
    created_at       timestamptz NOT NULL,
    created_position bigint      NOT NULL
);

CREATE INDEX app_user_newest_first ON app_user (application_id, created_at DESC, id DESC);

-- first_seen_position: as created_position above, for first_seen_at.
CREATE TABLE platform_user (
    id                  uuid        PRIMARY KEY,
    application_id      uuid        NOT NULL,
    connection_id       uuid        NOT NULL,
    platform            text,
    external_id         text        NOT NULL,
    display_name        text,
    username            text,
    bot                 boolean     NOT NULL,
    user_id             uuid,
    first_seen_at       timestamptz NOT NULL,
    first_seen_position bigint      NOT NULL,
    UNIQUE (connection_id, external_id)
);

CREATE INDEX platform_user_by_user ON platform_user (application_id, user_id);
CREATE INDEX platform_user_newest_first
    ON platform_user (application_id, first_seen_at DESC, id DESC);

CREATE TABLE event (
    id             uuid        PRIMARY KEY,
    application_id uuid        NOT NULL,
    event_type     text        NOT NULL,
    connection_id  uuid        NOT NULL,
    platform       text,
    payload        jsonb       NOT NULL,
    created_at     timestamptz NOT NULL,
    position       bigint      NOT NULL UNIQUE
);

CREATE INDEX event_newest_first ON event (application_id, position DESC);
CREATE INDEX event_by_type ON event (application_id, event_type, position DESC);
CREATE INDEX event_by_connection ON event (application_id, connection_id, position DESC);

-- A participant may name a platform user that has no row (a chat id that is not a user): it is
-- kept, so the table is the same whatever the arrival order, and readers join platform_user.
CREATE TABLE event_participant (
    event_id         uuid   NOT NULL,
    platform_user_id uuid   NOT NULL,
    role             text   NOT NULL CHECK (role IN ('sent_by', 'sent_to')),
    application_id   uuid   NOT NULL,
    position         bigint NOT NULL,
    PRIMARY KEY (event_id, platform_user_id, role)
);

CREATE INDEX event_participant_by_platform_user
    ON event_participant (application_id, platform_user_id, position DESC);

-- platform: taken from the send request, so that the events of sent, retried and failed
-- messages can name their platform without reading another processing group's tables.
CREATE TABLE outbound_message (
    id                  uuid        PRIMARY KEY,
    application_id      uuid        NOT NULL,
    connection_id       uuid        NOT NULL,
    platform            text,
    external_chat_id    text,
    status              text        NOT NULL
        CHECK (status IN ('requested', 'retry_scheduled', 'sent', 'failed')),
    platform_message_id text,
    error_code          text,
    error_description   text,
    attempts            integer     NOT NULL DEFAULT 0,
    requested_at        timestamptz,
    updated_at          timestamptz NOT NULL
);
