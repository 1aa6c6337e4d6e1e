//! The guidelines working group (ED 12): member organisations, members, meetings and each
//! member's calendar feed. Guideline documents build on this.

pub mod documents;
pub mod ics;
pub mod meeting_documents;
pub mod model;
pub mod store;
pub mod web;

use crate::audit::{self, AuditActor, Outcome};
use crate::db::Db;
use model::{ActionInput, MeetingInput, Problems, Record};

pub async fn add_organisation(
    db: &Db,
    who: &AuditActor,
    name: &str,
    kind: &str,
) -> anyhow::Result<Result<i64, Problems>> {
    let mut tx = db.begin_write().await?;
    if store::organisations(db)
        .await?
        .iter()
        .any(|o| o.name.eq_ignore_ascii_case(name))
    {
        return Ok(Err(vec![("name", "wg-err-taken")]));
    }
    let id = store::insert_organisation(&mut tx, name, kind).await?;
    audit::record(
        &mut tx,
        who,
        "add_wg_organisation",
        "wg_organisation",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Ok(id))
}

/// Makes an account with the role `member` a member of the group for an organisation.
pub async fn add_member(
    db: &Db,
    who: &AuditActor,
    user_id: i64,
    organisation_id: i64,
    role: &str,
) -> anyhow::Result<Result<i64, Problems>> {
    let mut p = Problems::new();
    let is_member_account: Option<String> =
        sqlx::query_scalar("SELECT role FROM users WHERE id = $1 AND disabled = 0")
            .bind(user_id)
            .fetch_optional(db.pool())
            .await?;
    if is_member_account.as_deref() != Some("member") {
        p.push(("user", "wg-err-account"));
    } else if store::member_by_user(db, user_id).await?.is_some() {
        p.push(("user", "wg-err-already"));
    }
    if !store::organisations(db)
        .await?
        .iter()
        .any(|o| o.id == organisation_id)
    {
        p.push(("organisation", "wg-err-choice"));
    }
    if !model::MEMBER_ROLES.contains(&role) {
        p.push(("role", "wg-err-choice"));
    }
    if !p.is_empty() {
        return Ok(Err(p));
    }
    let mut tx = db.begin_write().await?;
    let id = store::insert_member(&mut tx, user_id, organisation_id, role).await?;
    audit::record(&mut tx, who, "add_wg_member", "wg_member", id, Outcome::Ok).await?;
    tx.commit_quiet().await?;
    Ok(Ok(id))
}

pub async fn schedule(db: &Db, who: &AuditActor, m: &MeetingInput) -> anyhow::Result<i64> {
    let mut tx = db.begin_write().await?;
    let id = store::insert_meeting(&mut tx, m, &who.actor).await?;
    audit::record(
        &mut tx,
        who,
        "schedule_wg_meeting",
        "wg_meeting",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(id)
}

/// A new secret calendar address for a member (any earlier one stops working); returns the
/// token, which is shown once and stored only as its hash. With `revoke`, clears it instead.
pub async fn calendar_token(
    db: &Db,
    who: &AuditActor,
    member_id: i64,
    revoke: bool,
) -> anyhow::Result<Option<String>> {
    let token = (!revoke).then(crate::auth::password::random_token);
    // A calendar token is made and kept like a session id: random, only its SHA-256 stored.
    let hash = token.as_deref().map(crate::auth::password::sha256_hex);
    let mut tx = db.begin_write().await?;
    store::set_calendar(&mut tx, member_id, hash.as_deref()).await?;
    let action = if revoke {
        "revoke_wg_calendar"
    } else {
        "issue_wg_calendar"
    };
    audit::record(&mut tx, who, action, "wg_member", member_id, Outcome::Ok).await?;
    tx.commit_quiet().await?;
    Ok(token)
}

/// The feed for a calendar token, or None when no member holds it.
pub async fn feed(db: &Db, token: &str, base_url: &str) -> anyhow::Result<Option<String>> {
    if store::member_by_token_hash(db, &crate::auth::password::sha256_hex(token))
        .await?
        .is_none()
    {
        return Ok(None);
    }
    let meetings = store::meetings(db).await?;
    let base = base_url.trim_end_matches('/');
    let host = base
        .split("://")
        .nth(1)
        .unwrap_or("amparo")
        .split('/')
        .next()
        .unwrap_or("amparo");
    let urls: Vec<String> = meetings
        .iter()
        .map(|m| {
            if m.link.is_empty() {
                format!("{base}/wg/meetings/{}", m.id)
            } else {
                m.link.clone()
            }
        })
        .collect();
    let events: Vec<ics::Event> = meetings
        .iter()
        .zip(&urls)
        .map(|(m, url)| ics::Event {
            uid: format!("wg-meeting-{}@{host}", m.id),
            sequence: m.sequence,
            starts: m.starts_at,
            ends: m.ends_at,
            summary: &m.title,
            location: &m.place,
            url,
            description: &m.agenda,
            updated: m.updated_at,
        })
        .collect();
    Ok(Some(ics::calendar(
        "Working group on immigration enforcement guidelines",
        &events,
    )))
}

/// Records a meeting's minutes, decisions and attendance.
pub async fn record(db: &Db, who: &AuditActor, meeting: i64, r: &Record) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    store::record(&mut tx, meeting, r).await?;
    audit::record(
        &mut tx,
        who,
        "record_wg_meeting",
        "wg_meeting",
        meeting,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(())
}

pub async fn add_action(
    db: &Db,
    who: &AuditActor,
    meeting: i64,
    a: &ActionInput,
) -> anyhow::Result<i64> {
    let mut tx = db.begin_write().await?;
    let id = store::insert_action(&mut tx, meeting, a).await?;
    audit::record(&mut tx, who, "add_wg_action", "wg_action", id, Outcome::Ok).await?;
    tx.commit_quiet().await?;
    Ok(id)
}

/// Moves an action item to `status`. False when there is no such item.
pub async fn set_action_status(
    db: &Db,
    who: &AuditActor,
    id: i64,
    status: &str,
) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    if !store::set_action_status(&mut tx, id, status).await? {
        return Ok(false);
    }
    audit::record(
        &mut tx,
        who,
        "update_wg_action",
        "wg_action",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(true)
}
