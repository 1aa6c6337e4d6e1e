//! SQL for retention and legal holds.

use crate::db::WriteTx;

/// Blanks the free text of reports filed before `before` that are not held and not yet purged.
pub async fn purge_report_text(
    tx: &mut WriteTx,
    before: &str,
    now: &str,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE reports SET narrative = '', staff_actions = '', text_purged_at = $2 \
         WHERE created_at < $1 AND legal_hold_reason IS NULL AND text_purged_at IS NULL",
    )
    .bind(before)
    .bind(now)
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}

/// Attachments of purged reports, unless a hold was set on the report since.
pub async fn delete_purged_attachments(tx: &mut WriteTx) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM attachments WHERE report_id IN \
         (SELECT id FROM reports WHERE text_purged_at IS NOT NULL AND legal_hold_reason IS NULL)",
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}

/// Notifications older than `before`, whatever became of them: sent, failed, or still queued
/// because no mail relay or webhook was ever configured.
pub async fn delete_old_notifications(tx: &mut WriteTx, before: &str) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM notifications WHERE created_at < $1")
        .bind(before)
        .execute(tx.conn())
        .await?;
    Ok(done.rows_affected())
}

/// Sets (`reason` given) or lifts the hold; false when there is no such report.
pub async fn set_hold(
    tx: &mut WriteTx,
    report: i64,
    reason: Option<&str>,
    by: &str,
    at: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE reports SET legal_hold_reason = $2, legal_hold_by = $3, legal_hold_at = $4 \
         WHERE id = $1",
    )
    .bind(report)
    .bind(reason)
    .bind(reason.map(|_| by))
    .bind(reason.map(|_| at))
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The hold on a report (reason, by, at) and when its text was purged.
pub struct Status {
    pub hold: Option<(String, String, String)>,
    pub purged_at: Option<String>,
}

pub async fn status(db: &crate::db::Db, report: i64) -> Result<Option<Status>, sqlx::Error> {
    use sqlx::Row;
    let row = sqlx::query(
        "SELECT legal_hold_reason, legal_hold_by, legal_hold_at, text_purged_at \
         FROM reports WHERE id = $1",
    )
    .bind(report)
    .fetch_optional(db.pool())
    .await?;
    row.map(|r| {
        let reason: Option<String> = r.try_get(0)?;
        Ok(Status {
            hold: match reason {
                Some(reason) => Some((
                    reason,
                    r.try_get::<Option<String>, _>(1)?.unwrap_or_default(),
                    r.try_get::<Option<String>, _>(2)?.unwrap_or_default(),
                )),
                None => None,
            },
            purged_at: r.try_get(3)?,
        })
    })
    .transpose()
}
