//! The compliance board: one row per department a directive applies to, with its liaisons,
//! plan and deadline status, elements met, training and reports.

use super::model::Verdict;
use super::store::{self, Directive};
use crate::db::Db;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;
use std::collections::HashMap;

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct BoardRow {
    pub department_id: i64,
    pub department: String,
    pub plan_id: i64,
    pub liaison_primary: bool,
    pub liaison_backup: bool,
    /// draft, submitted, changes_requested or approved.
    pub plan_status: String,
    /// on_time, late, pending or overdue.
    pub deadline: String,
    /// Days late (late, overdue) or left (pending).
    pub deadline_days: i64,
    pub approved: bool,
    /// Elements marked "meets" in the latest review, and the number of elements.
    pub elements_met: Option<u32>,
    pub elements: u32,
    /// People trained as a share of headcount, when the headcount is known.
    pub training_percent: Option<u32>,
    pub reports_30_days: i64,
    pub unacknowledged: i64,
}

async fn counts(db: &Db, sql: &str, bind: Option<&str>) -> Result<HashMap<i64, i64>, sqlx::Error> {
    let mut q = sqlx::query(sql);
    if let Some(b) = bind {
        q = q.bind(b);
    }
    let rows = q.fetch_all(db.pool()).await?;
    rows.iter()
        .map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<i64, _>(1)?)))
        .collect()
}

pub fn deadline_of(
    due: NaiveDate,
    first_submitted: Option<&str>,
    now: DateTime<Utc>,
) -> (String, u32) {
    let submitted = first_submitted
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc));
    match deadline::status(due, submitted, now) {
        deadline::Status::OnTime { .. } => ("on_time".into(), 0),
        deadline::Status::Late { days, .. } => ("late".into(), days),
        deadline::Status::Pending { days_left } => ("pending".into(), days_left),
        deadline::Status::Overdue { days } => ("overdue".into(), days),
    }
}

pub async fn rows(
    db: &Db,
    directive: &Directive,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<BoardRow>> {
    let due = NaiveDate::parse_from_str(&directive.due_on, "%Y-%m-%d")?;
    let plans = store::plans(db, directive.id).await?;
    let elements = store::elements(db, directive.id).await?.len() as u32;
    let since = crate::db::timestamp(now - chrono::Duration::days(30));
    let reports = counts(
        db,
        "SELECT department_id, COUNT(*) FROM reports WHERE created_at >= $1 GROUP BY department_id",
        Some(&since),
    )
    .await?;
    let open = counts(db, "SELECT department_id, COUNT(*) FROM reports WHERE status <> 'acknowledged' GROUP BY department_id", None).await?;
    let trained = counts(
        db,
        "SELECT department_id, CAST(SUM(trained) AS BIGINT) FROM training_sessions GROUP BY department_id",
        None,
    )
    .await?;
    let headcount = counts(
        db,
        "SELECT id, headcount FROM departments WHERE headcount IS NOT NULL",
        None,
    )
    .await?;
    let liaisons: Vec<(i64, String)> = sqlx::query("SELECT department_id, kind FROM liaisons")
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect::<Result<_, sqlx::Error>>()?;
    let latest_reviews: HashMap<i64, String> = sqlx::query(
        "SELECT plan_id, verdicts FROM plan_reviews WHERE id IN (SELECT MAX(id) FROM plan_reviews GROUP BY plan_id)",
    )
    .fetch_all(db.pool())
    .await?
    .iter()
    .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
    .collect::<Result<_, sqlx::Error>>()?;
    Ok(plans
        .into_iter()
        .map(|p| {
            let (deadline, days) = deadline_of(due, p.first_submitted_at.as_deref(), now);
            let deadline_days = i64::from(days);
            let has = |kind: &str| {
                liaisons
                    .iter()
                    .any(|(d, k)| *d == p.department_id && k == kind)
            };
            let elements_met = latest_reviews.get(&p.id).and_then(|v| {
                let verdicts: Vec<Verdict> = serde_json::from_str(v).ok()?;
                Some(verdicts.iter().filter(|v| v.verdict == "meets").count() as u32)
            });
            let training_percent = match (
                trained.get(&p.department_id),
                headcount.get(&p.department_id),
            ) {
                (Some(t), Some(h)) if *h > 0 => {
                    Some(((*t as f64 / *h as f64) * 100.0).round().min(100.0) as u32)
                }
                (None, Some(h)) if *h > 0 => Some(0),
                _ => None,
            };
            BoardRow {
                department_id: p.department_id,
                liaison_primary: has("primary"),
                liaison_backup: has("backup"),
                approved: p.status == "approved",
                plan_status: p.status,
                deadline,
                deadline_days,
                elements_met,
                elements,
                training_percent,
                reports_30_days: reports.get(&p.department_id).copied().unwrap_or(0),
                unacknowledged: open.get(&p.department_id).copied().unwrap_or(0),
                plan_id: p.id,
                department: p.department,
            }
        })
        .collect())
}

/// Sorts by a column the board offers; unknown names keep department order.
pub fn sort(rows: &mut [BoardRow], by: &str) {
    match by {
        "status" => rows.sort_by(|a, b| {
            a.plan_status
                .cmp(&b.plan_status)
                .then(a.department.cmp(&b.department))
        }),
        "deadline" => rows.sort_by(|a, b| {
            let rank = |r: &BoardRow| match r.deadline.as_str() {
                "overdue" => (0, -r.deadline_days),
                "late" => (1, -r.deadline_days),
                "pending" => (2, r.deadline_days),
                _ => (3, 0),
            };
            rank(a).cmp(&rank(b)).then(a.department.cmp(&b.department))
        }),
        "training" => rows.sort_by(|a, b| {
            a.training_percent
                .cmp(&b.training_percent)
                .then(a.department.cmp(&b.department))
        }),
        "reports" => rows.sort_by(|a, b| {
            b.reports_30_days
                .cmp(&a.reports_30_days)
                .then(a.department.cmp(&b.department))
        }),
        _ => rows.sort_by(|a, b| a.department.cmp(&b.department)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadline_status_is_read_in_los_angeles_time() {
        let due = NaiveDate::from_ymd_opt(2025, 7, 25).unwrap();
        let now = DateTime::parse_from_rfc3339("2025-08-01T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        // 23:59 on the 25th in Los Angeles is 06:59 UTC on the 26th: on time.
        assert_eq!(
            deadline_of(due, Some("2025-07-26T06:59:00.000000Z"), now),
            ("on_time".into(), 0)
        );
        assert_eq!(
            deadline_of(due, Some("2025-07-26T07:00:00.000000Z"), now),
            ("late".into(), 1)
        );
        assert_eq!(deadline_of(due, None, now), ("overdue".into(), 7));
    }
}
