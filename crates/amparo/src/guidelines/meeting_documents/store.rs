//! SQL for meeting documents.

use crate::db::{timestamp, Db, WriteTx};
use chrono::Utc;
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct Document {
    pub id: i64,
    pub meeting_id: i64,
    pub title: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub uploaded_by: String,
    pub created_at: String,
    pub withdrawn_at: Option<String>,
}

const COLUMNS: &str =
    "id, meeting_id, title, content_type, size_bytes, uploaded_by, created_at, withdrawn_at";

fn document(r: &sqlx::any::AnyRow) -> Result<Document, sqlx::Error> {
    Ok(Document {
        id: r.try_get(0)?,
        meeting_id: r.try_get(1)?,
        title: r.try_get(2)?,
        content_type: r.try_get(3)?,
        size_bytes: r.try_get(4)?,
        uploaded_by: r.try_get(5)?,
        created_at: r.try_get(6)?,
        withdrawn_at: r.try_get(7)?,
    })
}

pub async fn for_meeting(db: &Db, meeting: i64) -> Result<Vec<Document>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM wg_meeting_documents WHERE meeting_id = $1 ORDER BY id"
    ))
    .bind(meeting)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(document).collect()
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Document>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM wg_meeting_documents WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(document).transpose()
}

pub async fn data(db: &Db, id: i64) -> Result<Option<Vec<u8>>, sqlx::Error> {
    let row = sqlx::query("SELECT data FROM wg_meeting_documents WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.map(|r| r.try_get(0)).transpose()
}

/// How many documents the meeting has, and whether one of them has these bytes.
pub async fn count_and_find(
    tx: &mut WriteTx,
    meeting: i64,
    sha256: &str,
) -> Result<(i64, bool), sqlx::Error> {
    let row = sqlx::query(
        "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN sha256 = $2 THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM wg_meeting_documents WHERE meeting_id = $1",
    )
    .bind(meeting)
    .bind(sha256)
    .fetch_one(tx.conn())
    .await?;
    Ok((row.try_get(0)?, row.try_get::<i64, _>(1)? > 0))
}

pub struct NewDocument<'a> {
    pub meeting: i64,
    pub title: &'a str,
    pub content_type: &'a str,
    pub sha256: &'a str,
    pub data: &'a [u8],
    pub uploaded_by: &'a str,
}

pub async fn insert(tx: &mut WriteTx, d: &NewDocument<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO wg_meeting_documents \
         (meeting_id, title, content_type, size_bytes, sha256, data, uploaded_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(d.meeting)
    .bind(d.title)
    .bind(d.content_type)
    .bind(i64::try_from(d.data.len()).unwrap_or(i64::MAX))
    .bind(d.sha256)
    .bind(d.data)
    .bind(d.uploaded_by)
    .bind(timestamp(Utc::now()))
    .fetch_one(tx.conn())
    .await
}

/// Marks the document withdrawn; false when there was no document still on the agenda.
pub async fn withdraw(tx: &mut WriteTx, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE wg_meeting_documents SET withdrawn_at = $2 WHERE id = $1 AND withdrawn_at IS NULL",
    )
    .bind(id)
    .bind(timestamp(Utc::now()))
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}
