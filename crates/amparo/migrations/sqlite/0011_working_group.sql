-- The guidelines working group (sqlite): member organisations, members (each an account with
-- the role member), meetings with agenda, minutes, attendance and decisions, and action
-- items. A member's calendar feed is reached by a secret token, stored only as its hash.

CREATE TABLE wg_organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    -- city_department, rights_organisation, community or other.
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE wg_members (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL UNIQUE REFERENCES users(id),
    organisation_id BIGINT NOT NULL REFERENCES wg_organisations(id),
    -- chair, member or observer.
    role TEXT NOT NULL,
    calendar_token_hash TEXT UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE wg_meetings (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    -- UTC instants.
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    place TEXT NOT NULL,
    link TEXT NOT NULL,
    agenda TEXT NOT NULL,
    minutes TEXT NOT NULL,
    decisions TEXT NOT NULL,
    -- Bumped on every change, for calendar clients (iCalendar SEQUENCE).
    sequence BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE wg_attendance (
    meeting_id BIGINT NOT NULL REFERENCES wg_meetings(id),
    member_id BIGINT NOT NULL REFERENCES wg_members(id),
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE wg_actions (
    id INTEGER PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES wg_meetings(id),
    title TEXT NOT NULL,
    owner_member_id BIGINT NOT NULL REFERENCES wg_members(id),
    due_on TEXT NOT NULL,
    -- open, done or dropped.
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX wg_actions_open ON wg_actions(status, due_on);
