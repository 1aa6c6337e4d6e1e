//! SQL for incidents and their history.

use crate::db::{timestamp, Db, WriteTx};
use sqlx::{any::AnyRow, Row};

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Incident {
    pub id: i64,
    pub department_id: i64,
    pub department: String,
    pub facility_id: Option<i64>,
    pub facility: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub first_observed_at: String,
    pub last_observed_at: String,
    pub state: String,
    #[serde(skip)]
    pub confirm_requested_by: Option<String>,
    pub report_count: i64,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct HistoryEntry {
    pub at: String,
    pub actor: String,
    pub change: String,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub report_id: Option<i64>,
    pub other_incident_id: Option<i64>,
    pub evidence: String,
    pub note: String,
}

pub const SELECT: &str = "SELECT i.id, i.department_id, d.name, i.facility_id, f.name, i.latitude, i.longitude, \
    i.first_observed_at, i.last_observed_at, i.state, i.confirm_requested_by, \
    (SELECT COUNT(*) FROM reports r WHERE r.incident_id = i.id) \
    FROM incidents i JOIN departments d ON d.id = i.department_id LEFT JOIN facilities f ON f.id = i.facility_id";

pub fn incident(r: &AnyRow) -> Result<Incident, sqlx::Error> {
    Ok(Incident {
        id: r.try_get(0)?,
        department_id: r.try_get(1)?,
        department: r.try_get(2)?,
        facility_id: r.try_get(3)?,
        facility: r.try_get(4)?,
        latitude: r.try_get(5)?,
        longitude: r.try_get(6)?,
        first_observed_at: r.try_get(7)?,
        last_observed_at: r.try_get(8)?,
        state: r.try_get(9)?,
        confirm_requested_by: r.try_get(10)?,
        report_count: r.try_get(11)?,
    })
}

pub struct NewIncident<'a> {
    pub department_id: i64,
    pub facility_id: Option<i64>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub observed_at: &'a str,
    pub summary: crate::reports::model::Summary,
    pub district: Option<&'a str>,
}

pub async fn create(tx: &mut WriteTx, n: &NewIncident<'_>) -> Result<i64, sqlx::Error> {
    let now = timestamp(chrono::Utc::now());
    let row = sqlx::query(
        "INSERT INTO incidents (department_id, facility_id, latitude, longitude, first_observed_at, last_observed_at, state, created_at, updated_at, \
         agency_mask, activity_mask, notable_mask, district) \
         VALUES ($1, $2, $3, $4, $5, $5, 'new', $6, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(n.department_id)
    .bind(n.facility_id)
    .bind(n.latitude)
    .bind(n.longitude)
    .bind(n.observed_at)
    .bind(now)
    .bind(n.summary.agency_mask)
    .bind(n.summary.activity_mask)
    .bind(n.summary.notable_mask)
    .bind(n.district)
    .fetch_one(tx.conn())
    .await?;
    row.try_get(0)
}

pub struct Change<'a> {
    pub actor: &'a str,
    pub change: &'a str,
    pub from_state: Option<&'a str>,
    pub to_state: Option<&'a str>,
    pub report_id: Option<i64>,
    pub other_incident_id: Option<i64>,
    pub evidence: &'a str,
    pub note: &'a str,
}

pub async fn record(tx: &mut WriteTx, incident_id: i64, c: &Change<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO incident_history (incident_id, at, actor, change, from_state, to_state, report_id, other_incident_id, evidence, note) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(incident_id)
    .bind(timestamp(chrono::Utc::now()))
    .bind(c.actor)
    .bind(c.change)
    .bind(c.from_state)
    .bind(c.to_state)
    .bind(c.report_id)
    .bind(c.other_incident_id)
    .bind(c.evidence)
    .bind(c.note)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Moves a report into an incident and refreshes both incidents' time spans.
pub async fn attach(tx: &mut WriteTx, report_id: i64, incident_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE reports SET incident_id = $1 WHERE id = $2")
        .bind(incident_id)
        .bind(report_id)
        .execute(tx.conn())
        .await?;
    refresh_span(tx, incident_id).await
}

pub async fn refresh_span(tx: &mut WriteTx, incident_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE incidents SET \
         first_observed_at = COALESCE((SELECT MIN(observed_at) FROM reports WHERE incident_id = $1), first_observed_at), \
         last_observed_at = COALESCE((SELECT MAX(observed_at) FROM reports WHERE incident_id = $1), last_observed_at), \
         updated_at = $2 WHERE id = $1",
    )
    .bind(incident_id)
    .bind(timestamp(chrono::Utc::now()))
    .execute(tx.conn())
    .await?;
    refresh_summary(tx, incident_id).await
}

/// An incident's masks are the union of its reports'; its district is its first located
/// report's. Neither SQL dialect shares a bitwise-or aggregate, so the union is taken here.
async fn refresh_summary(tx: &mut WriteTx, incident_id: i64) -> Result<(), sqlx::Error> {
    let rows = sqlx::query(
        "SELECT agency_mask, activity_mask, notable_mask, district FROM reports WHERE incident_id = $1 ORDER BY id",
    )
    .bind(incident_id)
    .fetch_all(tx.conn())
    .await?;
    let (mut agencies, mut activities, mut notable) = (0i64, 0i64, 0i64);
    let mut district: Option<String> = None;
    for r in &rows {
        agencies |= r.try_get::<i64, _>(0)?;
        activities |= r.try_get::<i64, _>(1)?;
        notable |= r.try_get::<i64, _>(2)?;
        if district.is_none() {
            district = r.try_get(3)?;
        }
    }
    if rows.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "UPDATE incidents SET agency_mask = $1, activity_mask = $2, notable_mask = $3, district = $4 WHERE id = $5",
    )
    .bind(agencies)
    .bind(activities)
    .bind(notable)
    .bind(district)
    .bind(incident_id)
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub async fn set_state(
    tx: &mut WriteTx,
    id: i64,
    state: &str,
    confirm_requested_by: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE incidents SET state = $1, confirm_requested_by = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(state)
    .bind(confirm_requested_by)
    .bind(timestamp(chrono::Utc::now()))
    .bind(id)
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Incident>, sqlx::Error> {
    let row = sqlx::query(&format!("{SELECT} WHERE i.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(incident).transpose()
}

/// Newest activity first; `state` empty means any.
pub async fn list(
    db: &Db,
    state: &str,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Incident>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE ($1 = '' OR i.state = $1) AND ($2 = 0 OR i.id < $2) ORDER BY i.id DESC LIMIT $3"
    ))
    .bind(state)
    .bind(before.unwrap_or(0))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(incident).collect()
}

/// Open incidents whose time span comes within `window` of [from, to].
pub async fn open_near_in_time(
    db: &Db,
    from: &str,
    to: &str,
) -> Result<Vec<Incident>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE i.state IN ('new', 'acknowledged', 'verifying') AND i.last_observed_at >= $1 AND i.first_observed_at <= $2 ORDER BY i.id"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(incident).collect()
}

pub async fn history(db: &Db, id: i64) -> Result<Vec<HistoryEntry>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT at, actor, change, from_state, to_state, report_id, other_incident_id, evidence, note FROM incident_history WHERE incident_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(HistoryEntry {
                at: r.try_get(0)?,
                actor: r.try_get(1)?,
                change: r.try_get(2)?,
                from_state: r.try_get(3)?,
                to_state: r.try_get(4)?,
                report_id: r.try_get(5)?,
                other_incident_id: r.try_get(6)?,
                evidence: r.try_get(7)?,
                note: r.try_get(8)?,
            })
        })
        .collect()
}

/// The reports of an incident: (id, observed_at).
pub async fn report_ids(db: &Db, incident_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, observed_at FROM reports WHERE incident_id = $1 ORDER BY observed_at, id",
    )
    .bind(incident_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
}
