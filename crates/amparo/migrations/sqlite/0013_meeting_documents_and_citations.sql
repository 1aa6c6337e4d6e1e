-- Documents attached to working-group meetings, and plan sections citing an adopted
-- guideline (sqlite).

-- Briefing papers, drafts and slides the chair attaches to a meeting. The chair gives each a
-- title; the uploaded file's name is not kept. Images are stored after their metadata is
-- stripped. Nothing is deleted: a document withdrawn from the agenda is marked so.
CREATE TABLE wg_meeting_documents (
    id INTEGER PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES wg_meetings(id),
    title TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    uploaded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    withdrawn_at TEXT
);
CREATE UNIQUE INDEX wg_meeting_documents_hash ON wg_meeting_documents(meeting_id, sha256);

-- The adopted guideline a plan's section follows, if any. Frozen plan versions carry it in
-- their JSON.
ALTER TABLE plan_sections ADD COLUMN guideline_id BIGINT REFERENCES guidelines(id);
