-- Reports of federal enforcement activity on city property (sqlite). Same columns on both
-- engines. Free text (narrative, staff_actions) is stored only after redaction. There is no
-- column for anyone's immigration status, nationality or the names of detained people.

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    -- The client's idempotency key and a hash of what it submitted: a resubmission returns
    -- the same report; the same key with a different body is refused.
    idempotency_key TEXT NOT NULL UNIQUE,
    request_hash TEXT NOT NULL,
    reporter TEXT NOT NULL,
    department_id BIGINT NOT NULL REFERENCES departments(id),
    facility_id BIGINT REFERENCES facilities(id),
    location_text TEXT NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    accuracy_m DOUBLE PRECISION,
    area TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    ongoing BIGINT NOT NULL,
    agencies TEXT NOT NULL,
    identified_by TEXT NOT NULL,
    agents_min BIGINT,
    vehicles_marked BIGINT,
    vehicles_unmarked BIGINT,
    attire TEXT NOT NULL,
    masked TEXT NOT NULL,
    id_visible TEXT NOT NULL,
    supervisor_name TEXT NOT NULL,
    supervisor_badge TEXT NOT NULL,
    activities TEXT NOT NULL,
    warrant TEXT NOT NULL,
    nonpublic_requested TEXT NOT NULL,
    nonpublic_granted TEXT NOT NULL,
    city_data_requested TEXT NOT NULL,
    staff_actions TEXT NOT NULL,
    lapd_present TEXT NOT NULL,
    detained_count BIGINT NOT NULL,
    minors_count BIGINT NOT NULL,
    injuries_count BIGINT NOT NULL,
    force_used TEXT NOT NULL,
    narrative TEXT NOT NULL,
    redaction_count BIGINT NOT NULL,
    status TEXT NOT NULL,
    acknowledged_by TEXT,
    acknowledged_at TEXT,
    escalated_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX reports_department_status ON reports(department_id, status);
CREATE INDEX reports_observed ON reports(observed_at);
