//! Guideline documents: drafts saved as versions by any member, word-level differences
//! between versions, and comments on sections that members resolve.

pub mod model;
pub mod store;
pub mod web;

use crate::audit::{self, AuditActor, Outcome};
use crate::db::Db;

/// Serialises version numbering.
const LOCK: i64 = 727_050;

pub async fn create(db: &Db, who: &AuditActor, title: &str, body: &str) -> anyhow::Result<i64> {
    let mut tx = db.begin_write().await?;
    tx.lock(LOCK).await?;
    let id = store::insert(&mut tx, title, &who.actor).await?;
    store::add_version(&mut tx, id, body, &who.actor).await?;
    audit::record(
        &mut tx,
        who,
        "create_guideline",
        "guideline",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(id)
}

/// Saves a new version; None when the guideline no longer takes versions (past circulation).
pub async fn save(db: &Db, who: &AuditActor, id: i64, body: &str) -> anyhow::Result<Option<i64>> {
    let mut tx = db.begin_write().await?;
    tx.lock(LOCK).await?;
    let stage: Option<String> = sqlx::query_scalar("SELECT stage FROM guidelines WHERE id = $1")
        .bind(id)
        .fetch_optional(tx.conn())
        .await?;
    if !stage.is_some_and(|s| model::editable(&s)) {
        return Ok(None);
    }
    let n = store::add_version(&mut tx, id, body, &who.actor).await?;
    audit::record(
        &mut tx,
        who,
        "save_guideline_version",
        "guideline",
        format!("{id}/{n}"),
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Some(n))
}

pub async fn comment(
    db: &Db,
    who: &AuditActor,
    id: i64,
    version: i64,
    section: i64,
    body: &str,
) -> anyhow::Result<i64> {
    let mut tx = db.begin_write().await?;
    let c = store::add_comment(&mut tx, id, version, section, body, &who.actor).await?;
    audit::record(
        &mut tx,
        who,
        "comment_guideline",
        "guideline_comment",
        c,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(c)
}

/// Resolves a comment; returns its guideline, or None when it is not an open comment.
pub async fn resolve(db: &Db, who: &AuditActor, comment: i64) -> anyhow::Result<Option<i64>> {
    let mut tx = db.begin_write().await?;
    let Some(guideline) = store::resolve(&mut tx, comment, &who.actor).await? else {
        return Ok(None);
    };
    audit::record(
        &mut tx,
        who,
        "resolve_guideline_comment",
        "guideline_comment",
        comment,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Some(guideline))
}
