-- Guideline documents (sqlite): each a series of versions (every save is one; Markdown whose
-- "## " headings number its sections), and comments on a section of a version, which
-- members resolve.

CREATE TABLE guidelines (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    -- drafting, circulating, ready, adopted, published, superseded.
    stage TEXT NOT NULL,
    -- While circulating: the last day for comments.
    closes_on TEXT,
    -- Adoption: the version adopted (immutable from then on), where and how.
    adopted_version BIGINT,
    adopted_meeting_id BIGINT REFERENCES wg_meetings(id),
    adopted_on TEXT,
    votes_for BIGINT,
    votes_against BIGINT,
    votes_abstain BIGINT,
    -- The portal page it is published as.
    portal_page_id BIGINT REFERENCES portal_pages(id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE guideline_versions (
    id INTEGER PRIMARY KEY,
    guideline_id BIGINT NOT NULL REFERENCES guidelines(id),
    version BIGINT NOT NULL,
    body TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (guideline_id, version)
);

CREATE TABLE guideline_comments (
    id INTEGER PRIMARY KEY,
    guideline_id BIGINT NOT NULL REFERENCES guidelines(id),
    version BIGINT NOT NULL,
    section BIGINT NOT NULL,
    body TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_by TEXT,
    resolved_at TEXT
);
CREATE INDEX guideline_comments_open ON guideline_comments(guideline_id, resolved_at);
