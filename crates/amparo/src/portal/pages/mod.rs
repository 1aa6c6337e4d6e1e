//! Pages editors write for the portal, in Markdown, per language. Each save is a new
//! version; a version is a draft until an editor publishes it, and publishing retires the
//! version published before. A translation remembers which English version it was made
//! from, so the status board can say when the English has moved on.

pub mod model;
pub mod public;
pub mod store;
pub mod web;

use crate::audit::{self, AuditActor, Outcome};
use crate::db::{self, Db};
use model::{check_slug, Draft, Problems};

/// Serialises version numbering and publishing.
const LOCK: i64 = 727_040;

fn now() -> String {
    db::timestamp(chrono::Utc::now())
}

/// A new page with its English first draft.
pub async fn create(
    db: &Db,
    who: &AuditActor,
    slug: &str,
    draft: &Draft,
) -> anyhow::Result<Result<i64, Problems>> {
    let slug = match check_slug(slug) {
        Ok(s) => s,
        Err(key) => return Ok(Err(vec![("slug", key)])),
    };
    let mut tx = db.begin_write().await?;
    tx.lock(LOCK).await?;
    if store::page_by_slug(db, &slug).await?.is_some() {
        return Ok(Err(vec![("slug", "pages-err-slug-taken")]));
    }
    let at = now();
    let id = store::insert_page(&mut tx, &slug, &who.actor, &at).await?;
    store::insert_version(
        &mut tx,
        &store::NewVersion {
            page_id: id,
            lang: "en",
            title: &draft.title,
            body: &draft.body,
            source_version: None,
            who: &who.actor,
            at: &at,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        who,
        "create_portal_page",
        "portal_page",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Ok(id))
}

/// Saves a new draft version in `lang`; returns its number. A translation records the
/// English version it follows (the published one, or the newest when none is published).
pub async fn save(
    db: &Db,
    who: &AuditActor,
    page_id: i64,
    lang: &str,
    draft: &Draft,
) -> anyhow::Result<i64> {
    let mut tx = db.begin_write().await?;
    tx.lock(LOCK).await?;
    let source = if lang == "en" {
        None
    } else {
        let english = store::all_versions(db, Some(page_id)).await?;
        let english: Vec<_> = english.iter().filter(|v| v.lang == "en").collect();
        english
            .iter()
            .find(|v| v.status == model::Status::Published)
            .or(english.first())
            .map(|v| v.version)
    };
    let number = store::insert_version(
        &mut tx,
        &store::NewVersion {
            page_id,
            lang,
            title: &draft.title,
            body: &draft.body,
            source_version: source,
            who: &who.actor,
            at: &now(),
        },
    )
    .await?;
    audit::record(
        &mut tx,
        who,
        "save_portal_draft",
        "portal_page",
        format!("{page_id}/{lang}/{number}"),
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(number)
}

/// Publishes version `number` of the page in `lang`. False when there is no such version.
pub async fn publish(
    db: &Db,
    who: &AuditActor,
    page_id: i64,
    lang: &str,
    number: i64,
) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    tx.lock(LOCK).await?;
    if !store::publish(&mut tx, page_id, lang, number, &who.actor, &now()).await? {
        return Ok(false);
    }
    audit::record(
        &mut tx,
        who,
        "publish_portal_page",
        "portal_page",
        format!("{page_id}/{lang}/{number}"),
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(true)
}
