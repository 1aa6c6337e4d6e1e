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

/// The public text of an adopted guideline: the adoption, then the adopted version.
fn public_body(g: &model::Guideline, body: &str, superseded: bool) -> String {
    let (f, a, b) = g.votes.unwrap_or_default();
    let mut out = String::new();
    if superseded {
        out.push_str("**This guideline has been superseded.** It stays here for reference.\n\n");
    }
    out.push_str(&format!(
        "*Adopted on {} by the working group (for {f}, against {a}, abstaining {b}). \
         Guideline version {}.*\n\n",
        g.adopted_on.as_deref().unwrap_or(""),
        g.adopted_version.unwrap_or(0)
    ));
    out.push_str(body);
    out
}

/// Carries out a stage move the chair asked for. Adoption fixes the newest version;
/// publication puts it on the portal in English (a portal page whose translations editors
/// manage); superseding republishes it with a notice.
pub async fn move_stage(
    db: &Db,
    who: &AuditActor,
    g: &model::Guideline,
    m: &model::Move,
) -> anyhow::Result<()> {
    let versions = store::versions(db, g.id).await?;
    let latest = versions
        .first()
        .ok_or_else(|| anyhow::anyhow!("guideline {} has no version", g.id))?;
    let adopted_body = |v: Option<i64>| {
        versions
            .iter()
            .find(|x| Some(x.version) == v)
            .map(|x| x.body.clone())
            .unwrap_or_default()
    };
    let mut page = None;
    match m.to {
        "published" => {
            let draft = crate::portal::pages::model::Draft {
                title: g.title.clone(),
                body: public_body(g, &adopted_body(g.adopted_version), false),
            };
            let id =
                match crate::portal::pages::create(db, who, &format!("guideline-{}", g.id), &draft)
                    .await?
                {
                    Ok(id) => id,
                    Err(p) => anyhow::bail!("portal page refused: {p:?}"),
                };
            crate::portal::pages::publish(db, who, id, "en", 1).await?;
            page = Some(id);
        }
        "superseded" => {
            if let Some(id) = g.portal_page_id {
                let draft = crate::portal::pages::model::Draft {
                    title: g.title.clone(),
                    body: public_body(g, &adopted_body(g.adopted_version), true),
                };
                let n = crate::portal::pages::save(db, who, id, "en", &draft).await?;
                crate::portal::pages::publish(db, who, id, "en", n).await?;
            }
        }
        _ => {}
    }
    let mut tx = db.begin_write().await?;
    tx.lock(LOCK).await?;
    let closes = m.closes_on.map(|d| d.to_string());
    store::set_stage(&mut tx, g.id, m.to, closes.as_deref()).await?;
    if m.to == "adopted" {
        let on = deadline::la_date(chrono::Utc::now()).to_string();
        store::set_adopted(
            &mut tx,
            g.id,
            &store::Adoption {
                version: latest.version,
                meeting: m.meeting.unwrap_or(0),
                on: &on,
                votes: m.votes.unwrap_or_default(),
            },
        )
        .await?;
    }
    if let Some(p) = page {
        store::set_portal_page(&mut tx, g.id, p).await?;
    }
    audit::record(
        &mut tx,
        who,
        "move_guideline",
        "guideline",
        format!("{}/{}", g.id, m.to),
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(())
}
