//! Retention: records that may name people are not kept longer than their purpose needs.
//! After `retention.report_text_days` a report's narrative, staff actions and attachments are
//! purged (the structured facts stay, for the statistics); a legal hold on a report keeps all
//! of it until the hold is lifted. Sent notifications go after `retention.notification_days`.
//!
//! Purged text must not survive anywhere in the database files: SQLite runs with
//! `secure_delete` (freed space is zeroed) and the WAL is checkpointed and truncated after a
//! purge; PostgreSQL tables are vacuumed so the old row versions are released.

pub mod store;
pub mod web;

use crate::audit::{self, AuditActor, Outcome};
use crate::config::RetentionConfig;
use crate::db::{timestamp, Db, Engine};
use chrono::{DateTime, Duration, Utc};

/// What one purge removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    pub reports: u64,
    pub attachments: u64,
    pub notifications: u64,
}

impl Purged {
    pub fn is_empty(&self) -> bool {
        *self == Purged::default()
    }
}

/// The instant before which records of this age are purged; None when kept forever.
pub fn cutoff(days: i64, now: DateTime<Utc>) -> Option<String> {
    (days > 0).then(|| timestamp(now - Duration::days(days)))
}

/// Applies the retention settings as of `now`. Audited when anything was purged.
pub async fn purge(
    db: &Db,
    config: &RetentionConfig,
    now: DateTime<Utc>,
    who: &AuditActor,
) -> anyhow::Result<Purged> {
    let mut done = Purged::default();
    let mut tx = db.begin_write().await?;
    if let Some(before) = cutoff(config.report_text_days, now) {
        done.reports = store::purge_report_text(&mut tx, &before, &timestamp(now)).await?;
    }
    // Attachments of every purged report, including any added after an earlier purge.
    done.attachments = store::delete_purged_attachments(&mut tx).await?;
    if let Some(before) = cutoff(config.notification_days, now) {
        done.notifications = store::delete_old_notifications(&mut tx, &before).await?;
    }
    if !done.is_empty() {
        audit::record(
            &mut tx,
            who,
            "retention_purge",
            "retention",
            format!(
                "reports={};attachments={};notifications={}",
                done.reports, done.attachments, done.notifications
            ),
            Outcome::Ok,
        )
        .await?;
    }
    tx.commit_quiet().await?;
    if !done.is_empty() {
        settle(db).await?;
    }
    Ok(done)
}

/// Pushes purged bytes out of the files: the SQLite WAL is folded into the database (whose
/// freed pages `secure_delete` has zeroed) and truncated; PostgreSQL releases dead rows (its
/// own WAL, archives and replicas are the operator's to expire).
pub async fn settle(db: &Db) -> Result<(), sqlx::Error> {
    if db.engine() == Engine::Postgres {
        sqlx::query("VACUUM reports, attachments, notifications")
            .execute(db.pool())
            .await?;
        return Ok(());
    }
    // A reader in the middle of a transaction keeps the checkpoint from finishing ("busy");
    // try again for a few seconds before leaving it to the next purge.
    for _ in 0..50 {
        let busy: i64 = sqlx::query_scalar("PRAGMA wal_checkpoint(TRUNCATE)")
            .fetch_one(db.pool())
            .await?;
        if busy == 0 {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tracing::warn!("retention: the WAL checkpoint stayed busy; purged pages may remain in the WAL until the next one");
    Ok(())
}

/// Sets or lifts the legal hold on a report. Returns false when the report does not exist.
pub async fn set_hold(
    db: &Db,
    who: &AuditActor,
    report: i64,
    reason: Option<&str>,
) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    if !store::set_hold(&mut tx, report, reason, &who.actor, &timestamp(Utc::now())).await? {
        return Ok(false);
    }
    let action = if reason.is_some() {
        "set_legal_hold"
    } else {
        "lift_legal_hold"
    };
    audit::record(&mut tx, who, action, "report", report, Outcome::Ok).await?;
    tx.commit_quiet().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_days_keeps_records() {
        let now = DateTime::parse_from_rfc3339("2026-11-30T12:00:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        assert_eq!(cutoff(0, now), None);
        assert_eq!(
            cutoff(730, now).as_deref(),
            Some("2024-11-30T12:00:00.000000Z")
        );
    }
}
