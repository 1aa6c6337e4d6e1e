-- Outgoing notifications (sqlite): an outbox written in the same transaction as the report,
-- delivered by the background worker with retries, so an alert is never lost to a crash.
-- Messages carry ids, places and times, never the narrative.

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES reports(id),
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
CREATE INDEX notifications_due ON notifications(state, next_attempt_at);
