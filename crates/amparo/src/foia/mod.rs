//! FOIA to ICE (ED 12): MOIA drafts and files the request, records every letter and state
//! change, and is shown the statutory deadlines (from `workdays`) with the rule behind each;
//! the records ICE releases are imported (`ice-records`) and analysed.

pub mod analysis;
pub mod analysis_web;
pub mod charts;
pub mod cli;
pub mod deadlines;
pub mod import;
pub mod letter_web;
pub mod model;
pub mod productions;
pub mod productions_web;
pub mod records;
pub mod store;
pub mod template;
pub mod web;

use crate::audit::{self, AuditActor, Outcome};
use crate::db::Db;
use model::{LetterInput, Problems, RequestInput, State, TransitionInput};

/// A file sent with a form: its name, type and bytes.
pub struct Attached<'a> {
    pub filename: &'a str,
    pub content_type: &'a str,
    pub data: &'a [u8],
}

/// Largest letter or production accepted (ICE releases run to tens of MB).
pub const MAX_FILE_BYTES: usize = 200 * 1024 * 1024;

pub async fn create(db: &Db, who: &AuditActor, input: &RequestInput) -> anyhow::Result<i64> {
    let mut tx = db.begin_write().await?;
    let id = store::insert(&mut tx, input, &who.actor).await?;
    audit::record(
        &mut tx,
        who,
        "create_foia_request",
        "foia_request",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(id)
}

/// Saves a draft's text. `Err` when the request has left the draft state: what was sent to
/// ICE is not rewritten.
pub async fn update(
    db: &Db,
    who: &AuditActor,
    id: i64,
    input: &RequestInput,
) -> anyhow::Result<Result<(), Problems>> {
    let mut tx = db.begin_write().await?;
    let Some(r) = store::get_for_update(&mut tx, id).await? else {
        return Ok(Err(vec![("id", "foia-error-missing")]));
    };
    if r.state != State::Draft.as_str() {
        return Ok(Err(vec![("state", "foia-error-not-draft")]));
    }
    store::update(&mut tx, id, input).await?;
    audit::record(
        &mut tx,
        who,
        "edit_foia_request",
        "foia_request",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Ok(()))
}

async fn attach(
    tx: &mut crate::db::WriteTx,
    file: Option<&Attached<'_>>,
    by: &str,
) -> Result<Option<i64>, sqlx::Error> {
    match file {
        Some(f) => Ok(Some(
            store::insert_file(tx, f.filename, f.content_type, f.data, by).await?,
        )),
        None => Ok(None),
    }
}

/// Moves a request to another state, recording the date, note and letter, and the dates the
/// deadlines count from.
pub async fn transition(
    db: &Db,
    who: &AuditActor,
    id: i64,
    t: &TransitionInput,
    file: Option<&Attached<'_>>,
) -> anyhow::Result<Result<(), Problems>> {
    let mut tx = db.begin_write().await?;
    let Some(mut r) = store::get_for_update(&mut tx, id).await? else {
        return Ok(Err(vec![("id", "foia-error-missing")]));
    };
    let from = State::parse(&r.state).unwrap_or(State::Draft);
    if !from.next().contains(&t.to) {
        return Ok(Err(vec![("to", "foia-error-transition")]));
    }
    let on = t.on.to_string();
    if r.submitted_on.as_deref().is_some_and(|s| on.as_str() < s) {
        return Ok(Err(vec![("on", "foia-error-before-submission")]));
    }
    if t.to == State::Submitted {
        r.submitted_on = Some(on.clone());
        r.received_on = Some(on.clone());
    }
    if let Some(received) = t.received_on {
        if r.submitted_on
            .as_deref()
            .is_some_and(|s| received.to_string().as_str() < s)
        {
            return Ok(Err(vec![("received_on", "foia-error-before-submission")]));
        }
        r.received_on = Some(received.to_string());
    }
    if let Some(tracking) = &t.tracking_number {
        r.tracking_number = tracking.clone();
    }
    if t.extension && r.extension_on.is_none() {
        r.extension_on = Some(on.clone());
    }
    if t.to.is_adverse() || t.adverse {
        r.adverse_on = Some(on.clone());
    }
    if t.to == State::Appealed {
        r.appeal_received_on = Some(on.clone());
    }
    r.state = t.to.as_str().to_string();
    let file_id = attach(&mut tx, file, &who.actor).await?;
    store::save_clock(&mut tx, &r).await?;
    store::insert_event(
        &mut tx,
        &store::NewEvent {
            request_id: id,
            kind: "transition",
            from: Some(from),
            to: Some(t.to),
            on: &on,
            note: &t.note,
            file_id,
            actor: &who.actor,
        },
    )
    .await?;
    let action = format!("foia_{}", t.to.as_str());
    audit::record(&mut tx, who, &action, "foia_request", id, Outcome::Ok).await?;
    tx.commit_quiet().await?;
    Ok(Ok(()))
}

/// Logs a letter sent to or received from ICE.
pub async fn log_letter(
    db: &Db,
    who: &AuditActor,
    id: i64,
    l: &LetterInput,
    file: Option<&Attached<'_>>,
) -> anyhow::Result<Result<(), Problems>> {
    let mut tx = db.begin_write().await?;
    if store::get_for_update(&mut tx, id).await?.is_none() {
        return Ok(Err(vec![("id", "foia-error-missing")]));
    }
    let file_id = attach(&mut tx, file, &who.actor).await?;
    let kind = if l.sent { "sent" } else { "received" };
    store::insert_event(
        &mut tx,
        &store::NewEvent {
            request_id: id,
            kind,
            from: None,
            to: None,
            on: &l.on.to_string(),
            note: &l.note,
            file_id,
            actor: &who.actor,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        who,
        "log_foia_letter",
        "foia_request",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Ok(()))
}
