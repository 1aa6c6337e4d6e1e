//! SQL for attachments.

use crate::db::{timestamp, Db, WriteTx};
use sqlx::Row;

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Attachment {
    pub id: i64,
    pub report_id: i64,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    /// What metadata was stripped before storing.
    pub removed: Vec<String>,
    pub created_at: String,
}

const COLUMNS: &str = "id, report_id, content_type, size_bytes, sha256, removed, created_at";

fn attachment(r: &sqlx::any::AnyRow) -> Result<Attachment, sqlx::Error> {
    let removed: String = r.try_get(5)?;
    Ok(Attachment {
        id: r.try_get(0)?,
        report_id: r.try_get(1)?,
        content_type: r.try_get(2)?,
        size_bytes: r.try_get(3)?,
        sha256: r.try_get(4)?,
        removed: removed
            .split('\n')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect(),
        created_at: r.try_get(6)?,
    })
}

pub async fn for_report(db: &Db, report_id: i64) -> Result<Vec<Attachment>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM attachments WHERE report_id = $1 ORDER BY id"
    ))
    .bind(report_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(attachment).collect()
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Attachment>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM attachments WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(attachment).transpose()
}

pub async fn data(db: &Db, id: i64) -> Result<Option<Vec<u8>>, sqlx::Error> {
    let row = sqlx::query("SELECT data FROM attachments WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.map(|r| r.try_get(0)).transpose()
}

pub async fn count(tx: &mut WriteTx, report_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) FROM attachments WHERE report_id = $1")
        .bind(report_id)
        .fetch_one(tx.conn())
        .await?
        .try_get(0)
}

pub async fn find(
    tx: &mut WriteTx,
    report_id: i64,
    sha256: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query("SELECT id FROM attachments WHERE report_id = $1 AND sha256 = $2")
        .bind(report_id)
        .bind(sha256)
        .fetch_optional(tx.conn())
        .await?;
    row.map(|r| r.try_get(0)).transpose()
}

pub struct NewAttachment<'a> {
    pub report_id: i64,
    pub content_type: &'a str,
    pub sha256: &'a str,
    pub removed: &'a [String],
    pub data: &'a [u8],
    pub uploaded_by: &'a str,
}

pub async fn insert(tx: &mut WriteTx, a: &NewAttachment<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "INSERT INTO attachments (report_id, content_type, size_bytes, sha256, removed, data, uploaded_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(a.report_id)
    .bind(a.content_type)
    .bind(a.data.len() as i64)
    .bind(a.sha256)
    .bind(a.removed.join("\n"))
    .bind(a.data.to_vec())
    .bind(a.uploaded_by)
    .bind(timestamp(chrono::Utc::now()))
    .fetch_one(tx.conn())
    .await?
    .try_get(0)
}
