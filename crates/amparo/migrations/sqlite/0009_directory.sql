-- The service directory (sqlite): Open Referral HSDS 3.0 records, one row per record of any
-- resource, its fields kept as HSDS names them (data: a JSON object of field -> text, exactly
-- as imported or typed), with the columns the API and the search filter on copied out.

CREATE TABLE hsds_records (
    resource TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    -- Links to other records, whichever this resource has.
    organization_id TEXT,
    service_id TEXT,
    location_id TEXT,
    link_id TEXT,
    taxonomy_term_id TEXT,
    taxonomy_id TEXT,
    -- Lower-case name, alternate name and description, for search.
    search TEXT NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    postal_code TEXT,
    last_modified TEXT,
    -- Made-up records shipped so the directory is not empty; marked on every page.
    example BIGINT NOT NULL,
    PRIMARY KEY (resource, id)
);
CREATE INDEX hsds_records_organization ON hsds_records(resource, organization_id);
CREATE INDEX hsds_records_service ON hsds_records(resource, service_id);
CREATE INDEX hsds_records_location ON hsds_records(resource, location_id);
CREATE INDEX hsds_records_link ON hsds_records(resource, link_id);

CREATE TABLE hsds_imports (
    id INTEGER PRIMARY KEY,
    format TEXT NOT NULL,
    records BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
