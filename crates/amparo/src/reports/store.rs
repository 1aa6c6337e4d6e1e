//! SQL for reports. Submission is idempotent: the client's key is unique, and the same key
//! with a different body is refused.

use super::model::ReportInput;
use crate::db::{timestamp, Db, WriteTx};
use sqlx::{any::AnyRow, Row};

/// What a submission did.
#[derive(Debug, PartialEq)]
pub enum Submitted {
    Created(i64),
    /// The same key and body were submitted before: this is that report.
    Existing(i64),
    /// The key was used before for a different body.
    KeyReused,
}

/// A report as stored: free text already redacted.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Report {
    pub id: i64,
    pub department_id: i64,
    pub department: String,
    pub facility_id: Option<i64>,
    pub facility: Option<String>,
    pub location_text: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accuracy_m: Option<f64>,
    pub area: String,
    pub observed_at: String,
    pub ongoing: bool,
    pub agencies: Vec<String>,
    pub identified_by: Vec<String>,
    pub agents_min: Option<i64>,
    pub vehicles_marked: Option<i64>,
    pub vehicles_unmarked: Option<i64>,
    pub attire: String,
    pub masked: String,
    pub id_visible: String,
    pub supervisor_name: String,
    pub supervisor_badge: String,
    pub activities: Vec<String>,
    pub warrant: String,
    pub nonpublic_requested: String,
    pub nonpublic_granted: String,
    pub city_data_requested: String,
    pub staff_actions: String,
    pub lapd_present: String,
    pub detained_count: i64,
    pub minors_count: i64,
    pub injuries_count: i64,
    pub force_used: String,
    pub narrative: String,
    pub redaction_count: i64,
    /// new, acknowledged or escalated.
    pub status: String,
    #[serde(skip)]
    pub reporter: String,
    pub acknowledged_at: Option<String>,
    pub escalated_at: Option<String>,
    pub created_at: String,
}

pub const COLUMNS: &str = "r.id, r.department_id, d.name, r.facility_id, f.name, r.location_text, r.latitude, r.longitude, \
    r.accuracy_m, r.area, r.observed_at, r.ongoing, r.agencies, r.identified_by, r.agents_min, r.vehicles_marked, \
    r.vehicles_unmarked, r.attire, r.masked, r.id_visible, r.supervisor_name, r.supervisor_badge, r.activities, r.warrant, \
    r.nonpublic_requested, r.nonpublic_granted, r.city_data_requested, r.staff_actions, r.lapd_present, r.detained_count, \
    r.minors_count, r.injuries_count, r.force_used, r.narrative, r.redaction_count, r.status, r.reporter, \
    r.acknowledged_at, r.escalated_at, r.created_at";
pub const FROM: &str = "reports r JOIN departments d ON d.id = r.department_id LEFT JOIN facilities f ON f.id = r.facility_id";

fn codes(s: String) -> Vec<String> {
    s.split(',')
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

pub fn report(r: &AnyRow) -> Result<Report, sqlx::Error> {
    Ok(Report {
        id: r.try_get(0)?,
        department_id: r.try_get(1)?,
        department: r.try_get(2)?,
        facility_id: r.try_get(3)?,
        facility: r.try_get(4)?,
        location_text: r.try_get(5)?,
        latitude: r.try_get(6)?,
        longitude: r.try_get(7)?,
        accuracy_m: r.try_get(8)?,
        area: r.try_get(9)?,
        observed_at: r.try_get(10)?,
        ongoing: r.try_get::<i64, _>(11)? != 0,
        agencies: codes(r.try_get(12)?),
        identified_by: codes(r.try_get(13)?),
        agents_min: r.try_get(14)?,
        vehicles_marked: r.try_get(15)?,
        vehicles_unmarked: r.try_get(16)?,
        attire: r.try_get(17)?,
        masked: r.try_get(18)?,
        id_visible: r.try_get(19)?,
        supervisor_name: r.try_get(20)?,
        supervisor_badge: r.try_get(21)?,
        activities: codes(r.try_get(22)?),
        warrant: r.try_get(23)?,
        nonpublic_requested: r.try_get(24)?,
        nonpublic_granted: r.try_get(25)?,
        city_data_requested: r.try_get(26)?,
        staff_actions: r.try_get(27)?,
        lapd_present: r.try_get(28)?,
        detained_count: r.try_get(29)?,
        minors_count: r.try_get(30)?,
        injuries_count: r.try_get(31)?,
        force_used: r.try_get(32)?,
        narrative: r.try_get(33)?,
        redaction_count: r.try_get(34)?,
        status: r.try_get(35)?,
        reporter: r.try_get(36)?,
        acknowledged_at: r.try_get(37)?,
        escalated_at: r.try_get(38)?,
        created_at: r.try_get(39)?,
    })
}

/// What an idempotency key already names: nothing, the same report, or a different one. Only
/// its own reporter gets a report back by its key; anyone else is told the key is taken.
pub async fn seen(
    tx: &mut WriteTx,
    key: &str,
    request_hash: &str,
    reporter: &str,
) -> Result<Option<Submitted>, sqlx::Error> {
    let row =
        sqlx::query("SELECT id, request_hash, reporter FROM reports WHERE idempotency_key = $1")
            .bind(key)
            .fetch_optional(tx.conn())
            .await?;
    row.map(|row| {
        let hash: String = row.try_get(1)?;
        let by: String = row.try_get(2)?;
        Ok(if hash == request_hash && by == reporter {
            Submitted::Existing(row.try_get(0)?)
        } else {
            Submitted::KeyReused
        })
    })
    .transpose()
}

/// Stores a report whose free text is already redacted, unless its key was seen before.
pub async fn submit(
    tx: &mut WriteTx,
    key: &str,
    request_hash: &str,
    reporter: &str,
    r: &ReportInput,
    redaction_count: i64,
    district: Option<&str>,
) -> Result<Submitted, sqlx::Error> {
    if let Some(earlier) = seen(tx, key, request_hash, reporter).await? {
        return Ok(earlier);
    }
    let n = NewReport {
        key,
        request_hash,
        reporter,
        input: r,
        redaction_count,
        district,
        incident_id: None,
    };
    Ok(Submitted::Created(insert(tx, &n).await?))
}

pub struct NewReport<'a> {
    pub key: &'a str,
    pub request_hash: &'a str,
    pub reporter: &'a str,
    /// Free text already redacted.
    pub input: &'a ReportInput,
    pub redaction_count: i64,
    pub district: Option<&'a str>,
    pub incident_id: Option<i64>,
}

/// Inserts a report (its key not yet seen), already in its incident when one is given.
pub async fn insert(tx: &mut WriteTx, n: &NewReport<'_>) -> Result<i64, sqlx::Error> {
    let (key, request_hash, reporter, r) = (n.key, n.request_hash, n.reporter, n.input);
    let (redaction_count, district, incident_id) = (n.redaction_count, n.district, n.incident_id);
    let summary = r.summary();
    let row = sqlx::query(
        "INSERT INTO reports (idempotency_key, request_hash, reporter, department_id, facility_id, location_text, latitude, \
         longitude, accuracy_m, area, observed_at, ongoing, agencies, identified_by, agents_min, vehicles_marked, vehicles_unmarked, \
         attire, masked, id_visible, supervisor_name, supervisor_badge, activities, warrant, nonpublic_requested, nonpublic_granted, \
         city_data_requested, staff_actions, lapd_present, detained_count, minors_count, injuries_count, force_used, narrative, \
         redaction_count, status, created_at, agency_mask, activity_mask, notable_mask, district, incident_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, \
         $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, 'new', $36, $37, $38, $39, $40, $41) RETURNING id",
    )
    .bind(key)
    .bind(request_hash)
    .bind(reporter)
    .bind(r.department_id)
    .bind(r.facility_id)
    .bind(&r.location_text)
    .bind(r.latitude)
    .bind(r.longitude)
    .bind(r.accuracy_m)
    .bind(&r.area)
    .bind(&r.observed_at)
    .bind(i64::from(r.ongoing))
    .bind(r.agencies.join(","))
    .bind(r.identified_by.join(","))
    .bind(r.agents_min)
    .bind(r.vehicles_marked)
    .bind(r.vehicles_unmarked)
    .bind(&r.attire)
    .bind(&r.masked)
    .bind(&r.id_visible)
    .bind(&r.supervisor_name)
    .bind(&r.supervisor_badge)
    .bind(r.activities.join(","))
    .bind(&r.warrant)
    .bind(&r.nonpublic_requested)
    .bind(&r.nonpublic_granted)
    .bind(&r.city_data_requested)
    .bind(&r.staff_actions)
    .bind(&r.lapd_present)
    .bind(r.detained_count)
    .bind(r.minors_count)
    .bind(r.injuries_count)
    .bind(&r.force_used)
    .bind(&r.narrative)
    .bind(redaction_count)
    .bind(timestamp(chrono::Utc::now()))
    .bind(summary.agency_mask)
    .bind(summary.activity_mask)
    .bind(summary.notable_mask)
    .bind(district)
    .bind(incident_id)
    .fetch_one(tx.conn())
    .await?;
    row.try_get(0)
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Report>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM {FROM} WHERE r.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(report).transpose()
}

/// Newest first; `department` limits to one department; `open_only` keeps unacknowledged.
pub async fn list(
    db: &Db,
    department: Option<i64>,
    open_only: bool,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Report>, sqlx::Error> {
    let mut sql = format!("SELECT {COLUMNS} FROM {FROM} WHERE ($1 = 0 OR r.department_id = $1) AND ($2 = 0 OR r.id < $2)");
    if open_only {
        sql.push_str(" AND r.status <> 'acknowledged'");
    }
    sql.push_str(" ORDER BY r.id DESC LIMIT $3");
    let rows = sqlx::query(&sql)
        .bind(department.unwrap_or(0))
        .bind(before.unwrap_or(0))
        .bind(limit)
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(report).collect()
}

/// Marks a report acknowledged; false if it was already.
pub async fn acknowledge(tx: &mut WriteTx, id: i64, by: &str) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE reports SET status = 'acknowledged', acknowledged_by = $1, acknowledged_at = $2 WHERE id = $3 AND status <> 'acknowledged'")
        .bind(by)
        .bind(timestamp(chrono::Utc::now()))
        .bind(id)
        .execute(tx.conn())
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Reports still new after `cutoff`: marks them escalated and returns (id, department).
pub async fn escalate_overdue(
    tx: &mut WriteTx,
    cutoff: &str,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let rows = sqlx::query("SELECT id, department_id FROM reports WHERE status = 'new' AND created_at < $1 ORDER BY id")
        .bind(cutoff)
        .fetch_all(tx.conn())
        .await?;
    let now = timestamp(chrono::Utc::now());
    let mut out = Vec::new();
    for row in rows {
        let (id, dept): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
        sqlx::query("UPDATE reports SET status = 'escalated', escalated_at = $1 WHERE id = $2 AND status = 'new'")
            .bind(&now)
            .bind(id)
            .execute(tx.conn())
            .await?;
        out.push((id, dept));
    }
    Ok(out)
}
