//! SQL for Open311 reads: reports with their incident's state.

use crate::db::Db;
use crate::reports::store::{report, Report, COLUMNS, FROM};
use open311::{RequestsQuery, Status};
use sqlx::Row;

fn select() -> String {
    format!("SELECT {COLUMNS}, i.state FROM {FROM} LEFT JOIN incidents i ON i.id = r.incident_id")
}

fn rows(rows: Vec<sqlx::any::AnyRow>) -> Result<Vec<(Report, Option<String>)>, sqlx::Error> {
    rows.iter()
        .map(|r| Ok((report(r)?, r.try_get(40)?)))
        .collect()
}

/// Open and closed as incident states (see `super::service_request`).
fn state_condition(statuses: &[Status]) -> &'static str {
    let open = statuses.contains(&Status::Open);
    let closed = statuses.contains(&Status::Closed);
    match (open, closed) {
        (true, false) => "AND COALESCE(i.state, 'new') IN ('new', 'acknowledged', 'verifying')",
        (false, true) => "AND COALESCE(i.state, 'new') NOT IN ('new', 'acknowledged', 'verifying')",
        _ => "",
    }
}

/// Newest first. `department` limits a department's key to its own reports.
pub async fn search(
    db: &Db,
    q: &RequestsQuery,
    department: Option<i64>,
) -> Result<Vec<(Report, Option<String>)>, sqlx::Error> {
    let limit = q.limit as i64;
    if q.is_by_id() {
        // Ids that are not numbers name no report.
        let ids: Vec<String> = q
            .service_request_ids
            .iter()
            .filter_map(|s| s.parse::<i64>().ok())
            .map(|i| i.to_string())
            .collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "{} WHERE r.id IN ({}) AND ($1 = 0 OR r.department_id = $1) ORDER BY r.id DESC LIMIT $2",
            select(),
            ids.join(",")
        );
        let found = sqlx::query(&sql)
            .bind(department.unwrap_or(0))
            .bind(limit)
            .fetch_all(db.pool())
            .await?;
        return rows(found);
    }
    let mask =
        crate::reports::model::mask(crate::reports::model::ACTIVITIES.codes, &q.service_codes);
    // A service code that is not ours matches nothing rather than everything.
    let unknown_code = !q.service_codes.is_empty() && mask == 0;
    let sql = format!(
        "{} WHERE r.created_at >= $1 AND r.created_at <= $2 AND ($3 = 0 OR (r.activity_mask & $3) <> 0) \
         AND ($4 = 0 OR r.department_id = $4) {} ORDER BY r.id DESC LIMIT $5",
        select(),
        state_condition(&q.statuses)
    );
    if unknown_code {
        return Ok(Vec::new());
    }
    let found = sqlx::query(&sql)
        .bind(crate::db::timestamp(q.start))
        .bind(crate::db::timestamp(q.end))
        .bind(mask)
        .bind(department.unwrap_or(0))
        .bind(limit)
        .fetch_all(db.pool())
        .await?;
    rows(found)
}

/// The report filed under a client's key, for tokens/{token}.
pub async fn by_key(
    db: &Db,
    key: &str,
    department: Option<i64>,
) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id FROM reports WHERE idempotency_key = $1 AND ($2 = 0 OR department_id = $2)",
    )
    .bind(key)
    .bind(department.unwrap_or(0))
    .fetch_optional(db.pool())
    .await?;
    row.map(|r| r.try_get(0)).transpose()
}
