//! Preparedness plans (ED 12 and later directives): each department's liaison drafts a plan
//! with a section per required element and submits it; MOIA reviews it element by element;
//! every submission is kept as an immutable version; the compliance board shows who has
//! complied.

pub mod board;
pub mod board_web;
pub mod citations;
pub mod directive;
pub mod directives_web;
pub mod model;
pub mod reminders;
pub mod store;
pub mod template;
pub mod training;
pub mod training_web;
pub mod versions_web;
pub mod web;

use crate::audit::{self, AuditActor, Outcome};
use crate::db::Db;
use crate::events::{Event, Events};
use model::{Problem, Section, Verdict};
use store::{NewDirective, Plan};

/// Advisory lock key for setting up directives (distinct from the audit log's).
const SETUP_LOCK: i64 = 727_012;

/// Makes sure ED 12 exists, with its elements, and applies to every department that is not an
/// elected office (departments added since the last start included).
pub async fn ensure_ed12(db: &Db, who: &AuditActor) -> anyhow::Result<()> {
    let departments = crate::departments::store::list(db, None, false).await?;
    let mut tx = db.begin_write().await?;
    // Nodes starting together would otherwise both find ED 12 missing.
    tx.lock(SETUP_LOCK).await?;
    let id = match store::directive_by_number(&mut tx, template::ED12_NUMBER).await? {
        Some(id) => id,
        None => {
            let signed = chrono::NaiveDate::parse_from_str(template::ED12_SIGNED, "%Y-%m-%d")?;
            let rule = deadline::Rule::parse(template::ED12_RULE).map_err(anyhow::Error::msg)?;
            let id = store::insert_directive(
                &mut tx,
                &NewDirective {
                    number: template::ED12_NUMBER,
                    title: template::ED12_TITLE,
                    signed_on: template::ED12_SIGNED,
                    rule: template::ED12_RULE,
                    due_on: &deadline::due_date(signed, &rule).to_string(),
                    created_by: &who.actor,
                },
            )
            .await?;
            for (i, (title, guidance)) in template::ED12_ELEMENTS.iter().enumerate() {
                store::insert_element(&mut tx, id, i as i64 + 1, title, guidance).await?;
            }
            audit::record(
                &mut tx,
                who,
                "create_directive",
                "directive",
                id,
                Outcome::Ok,
            )
            .await?;
            id
        }
    };
    let covered: std::collections::HashSet<i64> = sqlx::query_scalar::<_, i64>(
        "SELECT department_id FROM directive_departments WHERE directive_id = $1",
    )
    .bind(id)
    .fetch_all(tx.conn())
    .await?
    .into_iter()
    .collect();
    for d in departments.iter().filter(|d| {
        !template::EXCLUDED_KINDS.contains(&d.kind.as_str()) && !covered.contains(&d.id)
    }) {
        store::apply_to(&mut tx, id, d.id).await?;
        audit::record(
            &mut tx,
            who,
            "apply_directive",
            "department",
            d.id,
            Outcome::Ok,
        )
        .await?;
    }
    tx.commit_quiet().await?;
    Ok(())
}

/// Creates a directive with its elements and applies it to the chosen departments. Returns
/// its id, or None if the number is taken.
pub async fn create_directive(
    db: &Db,
    who: &AuditActor,
    d: &directive::DirectiveInput,
) -> anyhow::Result<Option<i64>> {
    let departments = crate::departments::store::list(db, None, false).await?;
    let mut tx = db.begin_write().await?;
    if store::directive_by_number(&mut tx, &d.number)
        .await?
        .is_some()
    {
        tx.commit_quiet().await?;
        return Ok(None);
    }
    let id = store::insert_directive(
        &mut tx,
        &NewDirective {
            number: &d.number,
            title: &d.title,
            signed_on: &d.signed_on.to_string(),
            rule: &d.rule.describe(),
            due_on: &d.due_on().to_string(),
            created_by: &who.actor,
        },
    )
    .await?;
    for (i, (title, guidance)) in d.elements.iter().enumerate() {
        store::insert_element(&mut tx, id, i as i64 + 1, title, guidance).await?;
    }
    // Ids that name no department are ignored rather than trusted.
    for dept in departments.iter().filter(|x| d.departments.contains(&x.id)) {
        store::apply_to(&mut tx, id, dept.id).await?;
    }
    audit::record(
        &mut tx,
        who,
        "create_directive",
        "directive",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Some(id))
}

/// Saves the draft's sections (any content within the limits).
pub async fn save_draft(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    plan: &Plan,
    sections: &[Section],
) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    let now = crate::db::timestamp(chrono::Utc::now());
    for s in sections {
        store::save_section(&mut tx, plan.id, s, &who.actor, &now).await?;
    }
    store::touch(&mut tx, plan.id, &now).await?;
    audit::record(
        &mut tx,
        who,
        "save_plan_draft",
        "plan",
        plan.id,
        Outcome::Ok,
    )
    .await?;
    tx.emit(Event::new(
        "plan.updated",
        plan.id,
        Some(plan.department_id),
    ));
    tx.commit(events).await?;
    Ok(())
}

/// Why a plan in this state cannot be submitted or reviewed now.
pub fn can_submit(plan: &Plan) -> bool {
    matches!(plan.status.as_str(), "draft" | "changes_requested")
}

/// Freezes the draft as a new version, if every element is addressed.
pub async fn submit(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    plan: &Plan,
    sections: &[Section],
) -> anyhow::Result<Result<i64, Vec<Problem>>> {
    let problems = model::submit_problems(sections);
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    if !can_submit(plan) {
        return Ok(Err(vec![("status".into(), "plan-error-not-editable")]));
    }
    let mut tx = db.begin_write().await?;
    let version = store::submit(&mut tx, plan.id, sections, &who.actor).await?;
    audit::record(&mut tx, who, "submit_plan", "plan", plan.id, Outcome::Ok).await?;
    tx.emit(Event::new(
        "plan.submitted",
        plan.id,
        Some(plan.department_id),
    ));
    tx.commit(events).await?;
    Ok(Ok(version))
}

/// Records a reviewer's decision on the latest version.
pub async fn review(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    plan: &Plan,
    approve: bool,
    verdicts: &[Verdict],
    comment: &str,
) -> anyhow::Result<Result<(), Vec<Problem>>> {
    if plan.status != "submitted" {
        return Ok(Err(vec![("decision".into(), "plan-error-not-submitted")]));
    }
    let mut tx = db.begin_write().await?;
    let review = store::NewReview {
        plan_id: plan.id,
        version: plan.versions,
        approve,
        verdicts,
        comment,
        reviewer: &who.actor,
    };
    store::review(&mut tx, &review).await?;
    let action = if approve {
        "approve_plan"
    } else {
        "request_plan_changes"
    };
    audit::record(&mut tx, who, action, "plan", plan.id, Outcome::Ok).await?;
    tx.emit(Event::new(
        "plan.reviewed",
        plan.id,
        Some(plan.department_id),
    ));
    tx.commit(events).await?;
    Ok(Ok(()))
}
