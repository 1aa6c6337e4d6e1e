//! Incidents: the reports of one event, grouped, verified and closed by the Mayor's Office.
//! A new report opens an incident of its own; reviewers merge the ones that describe the same
//! event (amparo suggests them: same facility, or near in place and time) and split mistakes.

pub mod api;
pub mod model;
pub mod store;
pub mod web;

use crate::audit::{self, AuditActor, Outcome};
use crate::config::Config;
use crate::db::{Db, WriteTx};
use crate::events::{Event, Events};
use model::{Transition, TransitionProblem};
use store::{Change, Incident, NewIncident};

/// Records in its history that an incident was opened by a new report (the caller audits).
pub async fn opened(
    tx: &mut WriteTx,
    who: &AuditActor,
    incident: i64,
    report_id: i64,
) -> Result<(), sqlx::Error> {
    let change = Change {
        actor: &who.actor,
        change: "opened",
        from_state: None,
        to_state: Some("new"),
        report_id: Some(report_id),
        other_incident_id: None,
        evidence: "",
        note: "",
    };
    store::record(tx, incident, &change).await
}

pub struct Suggestion {
    pub incident: Incident,
    /// Why it may be the same event, for the reviewer.
    pub same_facility: bool,
    pub metres: Option<f64>,
}

fn shift(stored: &str, minutes: i64) -> String {
    chrono::DateTime::parse_from_rfc3339(stored)
        .map(|t| {
            crate::db::timestamp(t.with_timezone(&chrono::Utc) + chrono::Duration::minutes(minutes))
        })
        .unwrap_or_else(|_| stored.to_string())
}

/// Open incidents that may be the same event: same facility, or within the configured
/// distance, with times within the configured window.
pub async fn suggestions(
    db: &Db,
    config: &Config,
    of: &Incident,
) -> Result<Vec<Suggestion>, sqlx::Error> {
    let window = config.incidents.merge_window_minutes;
    let from = shift(&of.first_observed_at, -window);
    let to = shift(&of.last_observed_at, window);
    let mut out = Vec::new();
    for other in store::open_near_in_time(db, &from, &to).await? {
        if other.id == of.id {
            continue;
        }
        let same_facility = of.facility_id.is_some() && of.facility_id == other.facility_id;
        let metres = match (of.latitude, of.longitude, other.latitude, other.longitude) {
            (Some(a), Some(b), Some(c), Some(d)) => Some(model::distance_m((a, b), (c, d))),
            _ => None,
        };
        if same_facility || metres.is_some_and(|m| m <= config.incidents.merge_radius_m) {
            out.push(Suggestion {
                incident: other,
                same_facility,
                metres,
            });
        }
    }
    Ok(out)
}

#[derive(Debug, PartialEq)]
pub enum Problem {
    NotFound,
    Transition(TransitionProblem),
    SameIncident,
    NotInIncident,
    LastReport,
}

fn redacted(s: &str) -> String {
    redact::redact(s.trim()).text
}

/// Moves an incident to `to`, recording who, when, the evidence and a note (both redacted).
/// A requested state change with its reasons.
#[derive(Clone, Copy)]
pub struct StateChange<'a> {
    pub to: &'a str,
    pub evidence: &'a str,
    pub note: &'a str,
}

pub async fn transition(
    db: &Db,
    events: &Events,
    config: &Config,
    who: &AuditActor,
    id: i64,
    change: StateChange<'_>,
) -> anyhow::Result<Result<Transition, Problem>> {
    let StateChange { to, evidence, note } = change;
    let Some(incident) = store::get(db, id).await? else {
        return Ok(Err(Problem::NotFound));
    };
    let step = match model::transition(
        &incident.state,
        to,
        &who.actor,
        config.incidents.two_person_confirmation,
        incident.confirm_requested_by.as_deref(),
    ) {
        Ok(s) => s,
        Err(p) => return Ok(Err(Problem::Transition(p))),
    };
    let (evidence, note) = (redacted(evidence), redacted(note));
    let mut tx = db.begin_write().await?;
    let (change, to_state) = match step {
        Transition::Move => {
            store::set_state(&mut tx, id, to, None).await?;
            ("state changed", Some(to))
        }
        Transition::AwaitSecondReviewer => {
            store::set_state(&mut tx, id, &incident.state, Some(&who.actor)).await?;
            ("confirmation requested", None)
        }
    };
    let c = Change {
        actor: &who.actor,
        change,
        from_state: Some(&incident.state),
        to_state,
        report_id: None,
        other_incident_id: None,
        evidence: &evidence,
        note: &note,
    };
    store::record(&mut tx, id, &c).await?;
    audit::record(
        &mut tx,
        who,
        "incident_transition",
        "incident",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.emit(Event::new(
        "incident.updated",
        id,
        Some(incident.department_id),
    ));
    tx.commit(events).await?;
    Ok(Ok(step))
}

/// Moves every report of `other` into `into`; `other` becomes a duplicate.
pub async fn merge(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    into: i64,
    other: i64,
    note: &str,
) -> anyhow::Result<Result<(), Problem>> {
    if into == other {
        return Ok(Err(Problem::SameIncident));
    }
    let (Some(a), Some(b)) = (store::get(db, into).await?, store::get(db, other).await?) else {
        return Ok(Err(Problem::NotFound));
    };
    let note = redacted(note);
    let moved = store::report_ids(db, other).await?;
    let mut tx = db.begin_write().await?;
    for (report, _) in &moved {
        store::attach(&mut tx, *report, into).await?;
        let c = Change {
            actor: &who.actor,
            change: "report merged in",
            from_state: None,
            to_state: None,
            report_id: Some(*report),
            other_incident_id: Some(other),
            evidence: "",
            note: &note,
        };
        store::record(&mut tx, into, &c).await?;
    }
    store::set_state(&mut tx, other, "duplicate", None).await?;
    let c = Change {
        actor: &who.actor,
        change: "merged into another incident",
        from_state: Some(&b.state),
        to_state: Some("duplicate"),
        report_id: None,
        other_incident_id: Some(into),
        evidence: "",
        note: &note,
    };
    store::record(&mut tx, other, &c).await?;
    audit::record(
        &mut tx,
        who,
        "merge_incident",
        "incident",
        format!("{other}->{into}"),
        Outcome::Ok,
    )
    .await?;
    tx.emit(Event::new("incident.updated", into, Some(a.department_id)));
    tx.commit(events).await?;
    Ok(Ok(()))
}

/// Takes one report out of an incident into a new incident of its own.
pub async fn split(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    from: i64,
    report_id: i64,
    note: &str,
) -> anyhow::Result<Result<i64, Problem>> {
    let Some(incident) = store::get(db, from).await? else {
        return Ok(Err(Problem::NotFound));
    };
    let reports = store::report_ids(db, from).await?;
    let Some((_, observed_at)) = reports.iter().find(|(id, _)| *id == report_id) else {
        return Ok(Err(Problem::NotInIncident));
    };
    if reports.len() == 1 {
        return Ok(Err(Problem::LastReport));
    }
    let note = redacted(note);
    // The new incident sits where its report says it happened.
    let report = crate::reports::get(db, report_id).await?;
    let place = report
        .as_ref()
        .map(|r| (r.department_id, r.facility_id, r.latitude, r.longitude));
    let (department_id, facility_id, latitude, longitude) = place.unwrap_or((
        incident.department_id,
        incident.facility_id,
        incident.latitude,
        incident.longitude,
    ));
    let mut tx = db.begin_write().await?;
    let n = NewIncident {
        department_id,
        facility_id,
        latitude,
        longitude,
        observed_at,
        // attach() below takes the summary from the report itself.
        summary: Default::default(),
        district: None,
    };
    let new_id = store::create(&mut tx, &n).await?;
    store::attach(&mut tx, report_id, new_id).await?;
    store::refresh_span(&mut tx, from).await?;
    let out = Change {
        actor: &who.actor,
        change: "report split off",
        from_state: None,
        to_state: None,
        report_id: Some(report_id),
        other_incident_id: Some(new_id),
        evidence: "",
        note: &note,
    };
    store::record(&mut tx, from, &out).await?;
    let opened = Change {
        actor: &who.actor,
        change: "opened by split",
        from_state: None,
        to_state: Some("new"),
        report_id: Some(report_id),
        other_incident_id: Some(from),
        evidence: "",
        note: &note,
    };
    store::record(&mut tx, new_id, &opened).await?;
    audit::record(
        &mut tx,
        who,
        "split_incident",
        "incident",
        format!("{from}->{new_id}"),
        Outcome::Ok,
    )
    .await?;
    tx.emit(Event::new(
        "incident.updated",
        from,
        Some(incident.department_id),
    ));
    tx.commit(events).await?;
    Ok(Ok(new_id))
}
