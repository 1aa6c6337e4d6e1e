-- Incidents (sqlite): an incident groups the reports of one event. Every change to an
-- incident is kept in incident_history (who, when, what, evidence, note), newest last.

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    department_id BIGINT NOT NULL REFERENCES departments(id),
    facility_id BIGINT REFERENCES facilities(id),
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    first_observed_at TEXT NOT NULL,
    last_observed_at TEXT NOT NULL,
    state TEXT NOT NULL,
    -- With two-person confirmation on: the reviewer who asked to confirm, awaiting a second.
    confirm_requested_by TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_state ON incidents(state, last_observed_at);

CREATE TABLE incident_history (
    id INTEGER PRIMARY KEY,
    incident_id BIGINT NOT NULL REFERENCES incidents(id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    change TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT,
    report_id BIGINT,
    other_incident_id BIGINT,
    evidence TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX incident_history_incident ON incident_history(incident_id, id);

ALTER TABLE reports ADD COLUMN incident_id BIGINT REFERENCES incidents(id);
CREATE INDEX reports_incident ON reports(incident_id);
