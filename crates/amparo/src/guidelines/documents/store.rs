//! SQL for guideline documents, their versions and comments.

use super::model::{Comment, Guideline, Version};
use crate::db::{timestamp, Db, WriteTx};
use chrono::Utc;
use sqlx::Row;

pub async fn list(db: &Db) -> Result<Vec<Guideline>, sqlx::Error> {
    select(db, None).await
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Guideline>, sqlx::Error> {
    Ok(select(db, Some(id)).await?.pop())
}

/// Every guideline, newest change first, or the one with `id`.
async fn select(db: &Db, id: Option<i64>) -> Result<Vec<Guideline>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, title, stage, closes_on, adopted_version, adopted_meeting_id, adopted_on, \
         votes_for, votes_against, votes_abstain, portal_page_id \
         FROM guidelines WHERE ($1 = 0 OR id = $1) ORDER BY updated_at DESC",
    )
    .bind(id.unwrap_or(0))
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let votes: (Option<i64>, Option<i64>, Option<i64>) =
                (r.try_get(7)?, r.try_get(8)?, r.try_get(9)?);
            Ok(Guideline {
                id: r.try_get(0)?,
                title: r.try_get(1)?,
                stage: r.try_get(2)?,
                closes_on: r.try_get(3)?,
                adopted_version: r.try_get(4)?,
                adopted_meeting_id: r.try_get(5)?,
                adopted_on: r.try_get(6)?,
                votes: match votes {
                    (Some(f), Some(a), Some(b)) => Some((f, a, b)),
                    _ => None,
                },
                portal_page_id: r.try_get(10)?,
            })
        })
        .collect()
}

/// Moves a guideline to `stage` (and, circulating, sets its closing date).
pub async fn set_stage(
    tx: &mut WriteTx,
    id: i64,
    stage: &str,
    closes_on: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE guidelines SET stage = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(stage)
        .bind(timestamp(Utc::now()))
        .execute(tx.conn())
        .await?;
    if let Some(day) = closes_on {
        sqlx::query("UPDATE guidelines SET closes_on = $2 WHERE id = $1")
            .bind(id)
            .bind(day)
            .execute(tx.conn())
            .await?;
    }
    Ok(())
}

pub struct Adoption<'a> {
    pub version: i64,
    pub meeting: i64,
    pub on: &'a str,
    pub votes: (i64, i64, i64),
}

pub async fn set_adopted(tx: &mut WriteTx, id: i64, a: &Adoption<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE guidelines SET adopted_version = $2, adopted_meeting_id = $3, adopted_on = $4, \
         votes_for = $5, votes_against = $6, votes_abstain = $7 WHERE id = $1",
    )
    .bind(id)
    .bind(a.version)
    .bind(a.meeting)
    .bind(a.on)
    .bind(a.votes.0)
    .bind(a.votes.1)
    .bind(a.votes.2)
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub async fn set_portal_page(tx: &mut WriteTx, id: i64, page: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE guidelines SET portal_page_id = $2 WHERE id = $1")
        .bind(id)
        .bind(page)
        .execute(tx.conn())
        .await?;
    Ok(())
}

pub async fn insert(tx: &mut WriteTx, title: &str, who: &str) -> Result<i64, sqlx::Error> {
    let now = timestamp(Utc::now());
    sqlx::query_scalar(
        "INSERT INTO guidelines (title, stage, created_by, created_at, updated_at) \
         VALUES ($1, 'drafting', $2, $3, $3) RETURNING id",
    )
    .bind(title)
    .bind(who)
    .bind(&now)
    .fetch_one(tx.conn())
    .await
}

/// Adds the next version; returns its number.
pub async fn add_version(
    tx: &mut WriteTx,
    id: i64,
    body: &str,
    who: &str,
) -> Result<i64, sqlx::Error> {
    let last: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM guideline_versions WHERE guideline_id = $1")
            .bind(id)
            .fetch_one(tx.conn())
            .await?;
    let number = last.unwrap_or(0) + 1;
    let now = timestamp(Utc::now());
    sqlx::query(
        "INSERT INTO guideline_versions (guideline_id, version, body, author, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(number)
    .bind(body)
    .bind(who)
    .bind(&now)
    .execute(tx.conn())
    .await?;
    sqlx::query("UPDATE guidelines SET updated_at = $2 WHERE id = $1")
        .bind(id)
        .bind(&now)
        .execute(tx.conn())
        .await?;
    Ok(number)
}

/// Every version, newest first.
pub async fn versions(db: &Db, id: i64) -> Result<Vec<Version>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT version, body, author, created_at FROM guideline_versions \
         WHERE guideline_id = $1 ORDER BY version DESC",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Version {
                version: r.try_get(0)?,
                body: r.try_get(1)?,
                author: r.try_get(2)?,
                created_at: r.try_get(3)?,
            })
        })
        .collect()
}

pub async fn add_comment(
    tx: &mut WriteTx,
    id: i64,
    version: i64,
    section: i64,
    body: &str,
    who: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO guideline_comments (guideline_id, version, section, body, author, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(id)
    .bind(version)
    .bind(section)
    .bind(body)
    .bind(who)
    .bind(timestamp(Utc::now()))
    .fetch_one(tx.conn())
    .await
}

/// Marks an open comment resolved; returns its guideline, or None when there is no such
/// open comment.
pub async fn resolve(
    tx: &mut WriteTx,
    comment: i64,
    who: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let guideline: Option<i64> = sqlx::query_scalar(
        "SELECT guideline_id FROM guideline_comments WHERE id = $1 AND resolved_at IS NULL",
    )
    .bind(comment)
    .fetch_optional(tx.conn())
    .await?;
    if guideline.is_some() {
        sqlx::query(
            "UPDATE guideline_comments SET resolved_by = $2, resolved_at = $3 WHERE id = $1",
        )
        .bind(comment)
        .bind(who)
        .bind(timestamp(Utc::now()))
        .execute(tx.conn())
        .await?;
    }
    Ok(guideline)
}

pub async fn comments(db: &Db, id: i64) -> Result<Vec<Comment>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, version, section, body, author, created_at, \
         CASE WHEN resolved_at IS NULL THEN 0 ELSE 1 END \
         FROM guideline_comments WHERE guideline_id = $1 ORDER BY section, id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Comment {
                id: r.try_get(0)?,
                version: r.try_get(1)?,
                section: r.try_get(2)?,
                body: r.try_get(3)?,
                author: r.try_get(4)?,
                created_at: r.try_get(5)?,
                resolved: r.try_get::<i64, _>(6)? == 1,
            })
        })
        .collect()
}
