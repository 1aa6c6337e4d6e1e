-- Retention (postgres): a report's free text and attachments are purged after the configured
-- number of days unless a legal hold is set on it. The purge blanks the text and deletes the
-- attachments, and records when; the hold records who set it and why.

ALTER TABLE reports ADD COLUMN legal_hold_reason TEXT;
ALTER TABLE reports ADD COLUMN legal_hold_by TEXT;
ALTER TABLE reports ADD COLUMN legal_hold_at TEXT;
ALTER TABLE reports ADD COLUMN text_purged_at TEXT;
