//! SQL for editor pages and their versions.

use super::model::{Page, Status, Version};
use crate::db::{Db, WriteTx};
use sqlx::any::AnyRow;
use sqlx::Row;

const VERSION_COLUMNS: &str = "id, page_id, lang, version, title, body, source_version, status, \
     created_by, created_at, published_at";

fn version(r: &AnyRow) -> Result<Version, sqlx::Error> {
    let status: String = r.try_get(7)?;
    Ok(Version {
        id: r.try_get(0)?,
        page_id: r.try_get(1)?,
        lang: r.try_get(2)?,
        version: r.try_get(3)?,
        title: r.try_get(4)?,
        body: r.try_get(5)?,
        source_version: r.try_get(6)?,
        status: Status::parse(&status).unwrap_or(Status::Draft),
        created_by: r.try_get(8)?,
        created_at: r.try_get(9)?,
        published_at: r.try_get(10)?,
    })
}

fn page(r: &AnyRow) -> Result<Page, sqlx::Error> {
    Ok(Page {
        id: r.try_get(0)?,
        slug: r.try_get(1)?,
    })
}

pub async fn pages(db: &Db) -> Result<Vec<Page>, sqlx::Error> {
    sqlx::query("SELECT id, slug FROM portal_pages ORDER BY slug")
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(page)
        .collect()
}

pub async fn page_by_id(db: &Db, id: i64) -> Result<Option<Page>, sqlx::Error> {
    sqlx::query("SELECT id, slug FROM portal_pages WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .as_ref()
        .map(page)
        .transpose()
}

pub async fn page_by_slug(db: &Db, slug: &str) -> Result<Option<Page>, sqlx::Error> {
    sqlx::query("SELECT id, slug FROM portal_pages WHERE slug = $1")
        .bind(slug)
        .fetch_optional(db.pool())
        .await?
        .as_ref()
        .map(page)
        .transpose()
}

/// Every version of every page, newest first within a page and language (the board and the
/// editor read them whole; pages are few).
pub async fn all_versions(db: &Db, page_id: Option<i64>) -> Result<Vec<Version>, sqlx::Error> {
    let sql = format!(
        "SELECT {VERSION_COLUMNS} FROM portal_page_versions \
         WHERE ($1 = 0 OR page_id = $1) ORDER BY page_id, lang, version DESC"
    );
    sqlx::query(&sql)
        .bind(page_id.unwrap_or(0))
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(version)
        .collect()
}

/// The published version of a page in a language.
pub async fn published(db: &Db, page_id: i64, lang: &str) -> Result<Option<Version>, sqlx::Error> {
    let sql = format!(
        "SELECT {VERSION_COLUMNS} FROM portal_page_versions \
         WHERE page_id = $1 AND lang = $2 AND status = 'published'"
    );
    sqlx::query(&sql)
        .bind(page_id)
        .bind(lang)
        .fetch_optional(db.pool())
        .await?
        .as_ref()
        .map(version)
        .transpose()
}

/// Published pages with their title in `lang` (or in English when `lang` has none yet).
pub async fn published_titles(
    db: &Db,
    lang: &str,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT p.slug, v.lang, v.title FROM portal_pages p \
         JOIN portal_page_versions v ON v.page_id = p.id AND v.status = 'published' \
         WHERE v.lang = $1 OR v.lang = 'en' ORDER BY p.slug, v.lang",
    )
    .bind(lang)
    .fetch_all(db.pool())
    .await?;
    let mut out: Vec<(String, String, String)> = Vec::new();
    for r in rows {
        let (slug, l, title): (String, String, String) =
            (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
        match out.iter_mut().find(|(s, _, _)| *s == slug) {
            Some(existing) if l == lang => *existing = (slug, l, title),
            Some(_) => {}
            None => out.push((slug, l, title)),
        }
    }
    Ok(out)
}

pub async fn insert_page(
    tx: &mut WriteTx,
    slug: &str,
    who: &str,
    at: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO portal_pages (slug, created_by, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(slug)
    .bind(who)
    .bind(at)
    .fetch_one(tx.conn())
    .await
}

pub struct NewVersion<'a> {
    pub page_id: i64,
    pub lang: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub source_version: Option<i64>,
    pub who: &'a str,
    pub at: &'a str,
}

/// Adds the next version (numbered per page and language) as a draft; returns its number.
pub async fn insert_version(tx: &mut WriteTx, v: &NewVersion<'_>) -> Result<i64, sqlx::Error> {
    let last: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(version) FROM portal_page_versions WHERE page_id = $1 AND lang = $2",
    )
    .bind(v.page_id)
    .bind(v.lang)
    .fetch_one(tx.conn())
    .await?;
    let number = last.unwrap_or(0) + 1;
    // The source goes as text and is cast: a NULL through the Any driver has another type
    // than a number, which PostgreSQL refuses on a later run of the same statement.
    sqlx::query(
        "INSERT INTO portal_page_versions (page_id, lang, version, title, body, source_version, \
         status, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, CAST($6 AS BIGINT), 'draft', $7, $8)",
    )
    .bind(v.page_id)
    .bind(v.lang)
    .bind(number)
    .bind(v.title)
    .bind(v.body)
    .bind(v.source_version.map(|s| s.to_string()))
    .bind(v.who)
    .bind(v.at)
    .execute(tx.conn())
    .await?;
    Ok(number)
}

/// Publishes one version: the one published before it is retired. False when there is no
/// such version.
pub async fn publish(
    tx: &mut WriteTx,
    page_id: i64,
    lang: &str,
    number: i64,
    who: &str,
    at: &str,
) -> Result<bool, sqlx::Error> {
    let exists: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM portal_page_versions WHERE page_id = $1 AND lang = $2 AND version = $3",
    )
    .bind(page_id)
    .bind(lang)
    .bind(number)
    .fetch_one(tx.conn())
    .await?;
    if exists == 0 {
        return Ok(false);
    }
    sqlx::query(
        "UPDATE portal_page_versions SET status = 'retired' \
         WHERE page_id = $1 AND lang = $2 AND status = 'published'",
    )
    .bind(page_id)
    .bind(lang)
    .execute(tx.conn())
    .await?;
    sqlx::query(
        "UPDATE portal_page_versions SET status = 'published', published_by = $4, published_at = $5 \
         WHERE page_id = $1 AND lang = $2 AND version = $3",
    )
    .bind(page_id)
    .bind(lang)
    .bind(number)
    .bind(who)
    .bind(at)
    .execute(tx.conn())
    .await?;
    Ok(true)
}
