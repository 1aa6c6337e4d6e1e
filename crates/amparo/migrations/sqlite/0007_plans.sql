-- Preparedness plans (sqlite): directives with their deadline rule and required elements, one plan
-- per department and directive (a draft of one section per element), immutable submitted
-- versions, element-by-element reviews, training sessions, and the reminders already sent.

CREATE TABLE directives (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    -- As written by MOIA, e.g. "14 calendar days"; due_on is computed from it.
    rule TEXT NOT NULL,
    due_on TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE directive_departments (
    directive_id BIGINT NOT NULL REFERENCES directives(id),
    department_id BIGINT NOT NULL REFERENCES departments(id),
    PRIMARY KEY (directive_id, department_id)
);

CREATE TABLE directive_elements (
    id INTEGER PRIMARY KEY,
    directive_id BIGINT NOT NULL REFERENCES directives(id),
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    guidance TEXT NOT NULL,
    UNIQUE (directive_id, position)
);

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    directive_id BIGINT NOT NULL REFERENCES directives(id),
    department_id BIGINT NOT NULL REFERENCES departments(id),
    -- draft, submitted, changes_requested or approved.
    status TEXT NOT NULL,
    versions BIGINT NOT NULL,
    first_submitted_at TEXT,
    approved_at TEXT,
    approved_by TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (directive_id, department_id)
);

-- The working draft: one row per element.
CREATE TABLE plan_sections (
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    element_id BIGINT NOT NULL REFERENCES directive_elements(id),
    body TEXT NOT NULL,
    -- complete, partial, not_applicable, or empty while unanswered.
    assessment TEXT NOT NULL,
    reason TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, element_id)
);

-- Each submission, frozen: the sections as JSON. Never updated (the store has no UPDATE).
CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    version BIGINT NOT NULL,
    sections TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    UNIQUE (plan_id, version)
);

CREATE TABLE plan_reviews (
    id INTEGER PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    version BIGINT NOT NULL,
    -- approved or changes_requested; verdicts is JSON: [{element_id, verdict, comment}].
    decision TEXT NOT NULL,
    verdicts TEXT NOT NULL,
    comment TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    decided_at TEXT NOT NULL
);

CREATE TABLE training_sessions (
    id INTEGER PRIMARY KEY,
    department_id BIGINT NOT NULL REFERENCES departments(id),
    held_on TEXT NOT NULL,
    topic TEXT NOT NULL,
    audience TEXT NOT NULL,
    trained BIGINT NOT NULL,
    materials TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);


-- A reminder is sent at most once per plan, kind and Los Angeles date, whichever node runs.
CREATE TABLE plan_reminders (
    directive_id BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    on_date TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (directive_id, department_id, kind, on_date)
);

-- Plan reminders go through the same outbox as report alerts; they concern no report.
-- SQLite cannot drop NOT NULL in place, so the outbox is rebuilt with its rows.
CREATE TABLE notifications_rebuilt (
    id INTEGER PRIMARY KEY,
    report_id BIGINT REFERENCES reports(id),
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT,
    sent_at TEXT,
    created_at TEXT NOT NULL
);
INSERT INTO notifications_rebuilt SELECT id, report_id, channel, recipient, subject, body, state, attempts, next_attempt_at, last_error, sent_at, created_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_rebuilt RENAME TO notifications;
CREATE INDEX notifications_due ON notifications(state, next_attempt_at);
