//! Reports of federal immigration enforcement on city property (the directive: every
//! department reports ICE activity to the Mayor's Office, through its liaison, right away).

pub mod api;
pub mod model;
pub mod notify;
pub mod read_web;
pub mod store;
pub mod web;

pub use store::{get, Report};

use crate::audit::{self, AuditActor, Outcome};
use crate::config::Config;
use crate::db::Db;
use crate::events::{Event, Events};
use model::ReportInput;
use store::Submitted;

/// Free text after redaction, with what was taken out (shown to the reporter, never stored).
pub struct RedactedText {
    pub text: String,
    pub removed: Vec<(redact::Kind, String)>,
}

pub fn redact_text(s: &str) -> RedactedText {
    let r = redact::redact(s);
    RedactedText {
        removed: r
            .removed(s)
            .into_iter()
            .map(|(k, t)| (k, t.to_string()))
            .collect(),
        text: r.text,
    }
}

/// Redacts a free-text place description: people's names, phones, emails and numbers go,
/// but street addresses stay, because saying where agents were is what the field is for.
pub fn redact_place(s: &str) -> RedactedText {
    let mut text = String::with_capacity(s.len());
    let mut removed = Vec::new();
    let mut at = 0;
    for f in redact::find_except(s, &[redact::Kind::Address]) {
        text.push_str(&s[at..f.start]);
        text.push_str(f.kind.placeholder());
        removed.push((f.kind, s[f.start..f.end].to_string()));
        at = f.end;
    }
    text.push_str(&s[at..]);
    RedactedText { text, removed }
}

/// Idempotency keys: 16 to 128 letters, digits, `-` or `_` (a UUID fits).
pub fn valid_key(key: &str) -> bool {
    (16..=128).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Redacts the free text, stores the report once per key (`sent` is the submission as the
/// client sent it, to tell a resubmission from a different report), audits it and announces it.
/// The caller may tell the reporter "received" only after this returns Ok.
pub async fn submit(
    db: &Db,
    events: &Events,
    config: &Config,
    who: &AuditActor,
    key: &str,
    sent: &str,
    input: &ReportInput,
) -> anyhow::Result<Submitted> {
    // The fingerprint is of what the client sent, not of the parsed report: defaults filled in
    // on arrival (such as "now") must not make a resubmission look different.
    let request_hash = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(sent.as_bytes()))
    };
    let narrative = redact_text(&input.narrative);
    let staff_actions = redact_text(&input.staff_actions);
    let location = redact_place(&input.location_text);
    let redactions =
        (narrative.removed.len() + staff_actions.removed.len() + location.removed.len()) as i64;
    let stored = ReportInput {
        narrative: narrative.text,
        staff_actions: staff_actions.text,
        location_text: location.text,
        ..input.clone()
    };
    let department = crate::departments::get(db, input.department_id)
        .await?
        .map(|d| d.name)
        .unwrap_or_default();
    let place = match input.facility_id {
        Some(f) => crate::departments::facility_by_id(db, f)
            .await?
            .map(|f| f.name)
            .unwrap_or_default(),
        None => stored.location_text.clone(),
    };
    let district = match (input.latitude, input.longitude) {
        (Some(lat), Some(lon)) => crate::districts::locate(db, lat, lon).await?,
        _ => None,
    };
    let stored = Stored {
        district: district.as_deref(),
        key,
        request_hash: &request_hash,
        input: &stored,
        redactions,
        department: &department,
        place: &place,
    };
    // Two nodes may receive the same key at once: the loser of the insert race finds the
    // winner's report on its second look.
    match store_once(db, events, config, who, &stored).await {
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Ok(store_once(db, events, config, who, &stored).await?)
        }
        other => Ok(other?),
    }
}

struct Stored<'a> {
    key: &'a str,
    request_hash: &'a str,
    input: &'a ReportInput,
    redactions: i64,
    department: &'a str,
    place: &'a str,
    district: Option<&'a str>,
}

async fn store_once(
    db: &Db,
    events: &Events,
    config: &Config,
    who: &AuditActor,
    s: &Stored<'_>,
) -> Result<Submitted, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if let Some(earlier) = store::seen(&mut tx, s.key, s.request_hash, &who.actor).await? {
        tx.commit_quiet().await?;
        return Ok(earlier);
    }
    // The incident first, so the report is inserted already in it: nothing to update after.
    let place = crate::incidents::store::NewIncident {
        department_id: s.input.department_id,
        facility_id: s.input.facility_id,
        latitude: s.input.latitude,
        longitude: s.input.longitude,
        observed_at: &s.input.observed_at,
        summary: s.input.summary(),
        district: s.district,
    };
    let incident = crate::incidents::store::create(&mut tx, &place).await?;
    let id = store::insert(
        &mut tx,
        &store::NewReport {
            key: s.key,
            request_hash: s.request_hash,
            reporter: &who.actor,
            input: s.input,
            redaction_count: s.redactions,
            district: s.district,
            incident_id: Some(incident),
        },
    )
    .await?;
    crate::incidents::opened(&mut tx, who, incident, id).await?;
    notify::report_filed(&mut tx, config, id, s.department, s.place, s.input).await?;
    // Last, because on PostgreSQL the audit lock is held until commit.
    let entries = [
        audit::AuditEvent {
            action: "create_report",
            object_type: "report",
            object_id: id.to_string(),
            outcome: Outcome::Ok,
        },
        audit::AuditEvent {
            action: "open_incident",
            object_type: "incident",
            object_id: incident.to_string(),
            outcome: Outcome::Ok,
        },
    ];
    audit::store::append_many(&mut tx, who, &entries).await?;
    tx.emit(Event::new(
        "report.created",
        id,
        Some(s.input.department_id),
    ));
    tx.commit(events).await?;
    Ok(Submitted::Created(id))
}

pub async fn acknowledge(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    id: i64,
    department_id: i64,
) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    let changed = store::acknowledge(&mut tx, id, &who.actor).await?;
    if changed {
        audit::record(
            &mut tx,
            who,
            "acknowledge_report",
            "report",
            id,
            Outcome::Ok,
        )
        .await?;
        tx.emit(Event::new("report.acknowledged", id, Some(department_id)));
    }
    tx.commit(events).await?;
    Ok(changed)
}

/// Escalates reports nobody acknowledged within `minutes` to the Mayor's Office.
pub async fn escalate_overdue(db: &Db, events: &Events, config: &Config) -> anyhow::Result<usize> {
    let minutes = config.reports.escalate_after_minutes;
    let cutoff = crate::db::timestamp(chrono::Utc::now() - chrono::Duration::minutes(minutes));
    let mut tx = db.begin_write().await?;
    let escalated = store::escalate_overdue(&mut tx, &cutoff).await?;
    let who = AuditActor::job("report_escalation");
    for (id, department) in &escalated {
        audit::record(&mut tx, &who, "escalate_report", "report", id, Outcome::Ok).await?;
        notify::report_escalated(&mut tx, config, *id, *department, minutes).await?;
        tx.emit(Event::new("report.escalated", id, Some(*department)));
    }
    tx.commit(events).await?;
    Ok(escalated.len())
}

/// Records that `who` read these reports in a list (the API and Open311 return their text),
/// as one audit entry naming them. Nothing is recorded for an empty list.
pub async fn audit_list_read(db: &Db, who: &AuditActor, ids: &[i64]) -> Result<(), sqlx::Error> {
    if ids.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = ids.iter().map(i64::to_string).collect();
    audit::record_alone(
        db,
        who,
        "list_reports",
        "report",
        listed.join(","),
        Outcome::Ok,
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod place_tests {
    #[test]
    fn a_place_keeps_its_address_and_loses_people() {
        let r = super::redact_place("Outside 1200 W 7th St, ask for Maria Lopez at 213-555-0148");
        assert!(r.text.contains("1200 W 7th St"), "{}", r.text);
        assert!(
            !r.text.contains("Maria") && !r.text.contains("0148"),
            "{}",
            r.text
        );
        assert_eq!(r.removed.len(), 2);
        assert_eq!(
            super::redact_place("East gate of the park").text,
            "East gate of the park"
        );
    }
}
