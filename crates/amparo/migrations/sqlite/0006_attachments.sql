-- Photos and documents attached to reports (sqlite). Stored only after their metadata (EXIF, GPS,
-- XMP, comments, document information) is stripped; sha256 is of the stored bytes. No file
-- name is kept: names of files often name people.

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES reports(id),
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    -- What was stripped, for the record ("EXIF (APP1)", "PNG tEXt chunk", …).
    removed TEXT NOT NULL,
    data BLOB NOT NULL,
    uploaded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX attachments_report_hash ON attachments(report_id, sha256);
