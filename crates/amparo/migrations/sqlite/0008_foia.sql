-- FOIA to ICE (sqlite): requests and their states, the letters and transitions on them,
-- files (letters and productions as received), imported enforcement records, and count
-- tables built at import so the analysis pages never scan every record.

CREATE TABLE foia_files (
    id INTEGER PRIMARY KEY,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- A file's bytes in pieces of 1 MiB, so neither writing nor reading a release of hundreds
-- of megabytes needs it whole in one value.
CREATE TABLE foia_file_chunks (
    file_id BIGINT NOT NULL REFERENCES foia_files(id),
    seq BIGINT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (file_id, seq)
);

CREATE TABLE foia_requests (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    agency TEXT NOT NULL,
    component TEXT NOT NULL,
    records_sought TEXT NOT NULL,
    date_from TEXT,
    date_to TEXT,
    -- commercial, educational_media or other.
    fee_category TEXT NOT NULL,
    fee_waiver TEXT NOT NULL,
    expedite TEXT NOT NULL,
    delivery_format TEXT NOT NULL,
    requester TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    -- One of the fourteen states in foia::model::State.
    state TEXT NOT NULL,
    submitted_on TEXT,
    -- The day ICE received it (day 0 of the response clock); the submission day until the
    -- acknowledgement says otherwise.
    received_on TEXT,
    extension_on TEXT,
    adverse_on TEXT,
    appeal_received_on TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Transitions and letters, in the order they happened. Tolling is derived from the
-- transitions into and out of fix_required / payment_required.
CREATE TABLE foia_events (
    id INTEGER PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES foia_requests(id),
    -- transition, sent or received.
    kind TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT,
    occurred_on TEXT NOT NULL,
    note TEXT NOT NULL,
    file_id BIGINT REFERENCES foia_files(id),
    actor TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX foia_events_request ON foia_events(request_id, occurred_on, id);

-- Column mappings users made for release layouts amparo does not know, by header shape.
CREATE TABLE foia_mappings (
    shape_key TEXT PRIMARY KEY,
    headers TEXT NOT NULL,
    columns TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE foia_productions (
    id INTEGER PRIMARY KEY,
    request_id BIGINT REFERENCES foia_requests(id),
    file_id BIGINT NOT NULL REFERENCES foia_files(id),
    -- SHA-256 of the file: the same file is never imported twice.
    sha256 TEXT NOT NULL UNIQUE,
    received_on TEXT NOT NULL,
    notes TEXT NOT NULL,
    -- imported, needs_mapping, not_data or failed.
    status TEXT NOT NULL,
    layout TEXT NOT NULL,
    shape_key TEXT NOT NULL,
    rows_read BIGINT NOT NULL,
    imported BIGINT NOT NULL,
    skipped BIGINT NOT NULL,
    withheld_cells BIGINT NOT NULL,
    dropped_columns TEXT NOT NULL,
    problems TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- The imported records, normalised, in chunks of up to 10,000: gzip-compressed CSV with the
-- columns of foia::records::COLUMNS. No names, A-numbers, EID ids or birth dates ever reach
-- here. The analysis reads foia_counts; these are for export and re-analysis.
CREATE TABLE foia_record_chunks (
    production_id BIGINT NOT NULL REFERENCES foia_productions(id),
    seq BIGINT NOT NULL,
    records BIGINT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (production_id, seq)
);

-- Counts by day and place, built at import. dimension is method_criminality (value
-- "method|criminality"), county, aor, site, charge or citizenship.
CREATE TABLE foia_counts (
    production_id BIGINT NOT NULL REFERENCES foia_productions(id),
    day TEXT NOT NULL,
    la_county BIGINT NOT NULL,
    la_aor BIGINT NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    n BIGINT NOT NULL
);
CREATE INDEX foia_counts_dimension ON foia_counts(dimension, day, la_county, la_aor, value, n);
