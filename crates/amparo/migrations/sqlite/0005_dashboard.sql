-- Dashboard, briefing and public statistics (sqlite). Agencies, activities and notable facts are
-- kept as bit masks (positions follow the code lists in reports/model.rs) so that filters and
-- counts over many incidents need no string parsing. An incident's masks are the union of its
-- reports'. district is the council district the coordinates fall in, from the loaded map.

ALTER TABLE reports ADD COLUMN agency_mask BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN activity_mask BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN notable_mask BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN district TEXT;
ALTER TABLE incidents ADD COLUMN agency_mask BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN activity_mask BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN notable_mask BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN district TEXT;
-- Covers every column the dashboard filters and groups on, so its counts read the index alone.
CREATE INDEX incidents_dashboard ON incidents(first_observed_at, department_id, facility_id, state, district, agency_mask, activity_mask);

-- Council district boundary files as an admin loaded them; the newest is in force.
CREATE TABLE district_maps (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    digest TEXT NOT NULL,
    geojson TEXT NOT NULL,
    district_count BIGINT NOT NULL,
    loaded_by TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);
