//! Plan pages: the liaison's editor (autosaved draft, submit), the reviewer's element-by-element
//! decision, frozen versions, and the compliance board.

use super::board::{self, BoardRow};
use super::model::{self, Section, ASSESSMENTS};
use super::store::{self, Directive, Element, Plan, Review, Version};
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// The plan and its directive, once the caller may `action` on its department.
async fn load(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    action: Action,
) -> Result<(Plan, Directive), AppError> {
    let Some(plan) = store::plan_by_id(&state.db, id).await? else {
        ctx.authorize(state, Action::ViewPlan, Resource::System)
            .await?;
        return Err(AppError::NotFound);
    };
    ctx.authorize(state, action, Resource::Department(plan.department_id))
        .await?;
    let directive = store::directive_by_id(&state.db, plan.directive_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((plan, directive))
}

pub struct SectionView {
    pub element: Element,
    pub section: Section,
    /// The latest review's verdict and comment on this element.
    pub verdict: Option<(String, String)>,
    /// (code, label, chosen) for the self-assessment radios.
    pub choices: Vec<(&'static str, String, bool)>,
}

#[derive(Template)]
#[template(path = "plans/show.html")]
struct PlanPage {
    page: Page,
    csrf: String,
    plan: Plan,
    directive: Directive,
    status_label: String,
    deadline: String,
    sections: Vec<SectionView>,
    editable: bool,
    can_review: bool,
    errors: FormErrors,
    versions: Vec<Version>,
    reviews: Vec<Review>,
}

fn deadline_text(tr: crate::web::i18n::Tr, directive: &Directive, plan: &Plan) -> String {
    let Ok(due) = chrono::NaiveDate::parse_from_str(&directive.due_on, "%Y-%m-%d") else {
        return String::new();
    };
    let (state, days) =
        board::deadline_of(due, plan.first_submitted_at.as_deref(), chrono::Utc::now());
    tr.n(
        &format!("deadline-{}", state.replace('_', "-")),
        "days",
        i64::from(days),
    )
}

async fn plan_page(
    state: &AppState,
    ctx: &Ctx,
    plan: Plan,
    directive: Directive,
    draft: Option<Vec<Section>>,
    errors: FormErrors,
    notice: Option<&str>,
) -> Result<PlanPage, AppError> {
    let tr = ctx.tr();
    let elements = store::elements(&state.db, directive.id).await?;
    let sections = match draft {
        Some(d) => d,
        None => store::draft(&state.db, plan.id, &elements).await?,
    };
    let reviews = store::reviews(&state.db, plan.id).await?;
    let latest = reviews
        .last()
        .map(|r| r.verdicts.clone())
        .unwrap_or_default();
    let editable = super::can_submit(&plan)
        && ctx.is_allowed(Action::EditPlan, Resource::Department(plan.department_id));
    let can_review =
        plan.status == "submitted" && ctx.is_allowed(Action::ReviewPlans, Resource::System);
    let title = tr.t1("plan-heading", "department", &plan.department);
    Ok(PlanPage {
        page: Page::new(ctx, title).with_notice(notice),
        csrf: ctx.csrf_for_form(),
        deadline: deadline_text(tr, &directive, &plan),
        status_label: tr.t(&format!("plan-status-{}", plan.status.replace('_', "-"))),
        sections: elements
            .into_iter()
            .zip(sections)
            .map(|(element, section)| SectionView {
                verdict: latest
                    .iter()
                    .find(|v| v.element_id == element.id)
                    .map(|v| (v.verdict.clone(), v.comment.clone())),
                choices: ASSESSMENTS
                    .iter()
                    .map(|a| {
                        (
                            *a,
                            tr.t(&format!("plan-assessment-{}", a.replace('_', "-"))),
                            section.assessment == *a,
                        )
                    })
                    .collect(),
                element,
                section,
            })
            .collect(),
        editable,
        can_review,
        errors,
        versions: store::versions(&state.db, plan.id).await?,
        reviews,
        plan,
        directive,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let (plan, directive) = load(&state, &ctx, id, Action::ViewPlan).await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let p = plan_page(
        &state,
        &ctx,
        plan,
        directive,
        None,
        FormErrors::default(),
        Some(q.get("notice")),
    )
    .await?;
    Ok(ok(&p))
}

async fn sections_from(
    state: &AppState,
    directive: i64,
    form: &FormData,
) -> Result<(Vec<Section>, Vec<model::Problem>), AppError> {
    let elements = store::elements(&state.db, directive).await?;
    let mut problems = Vec::new();
    let sections = elements
        .iter()
        .map(|e| model::section_from_form(form, e.id, &mut problems))
        .collect();
    Ok((sections, problems))
}

fn errors(tr: crate::web::i18n::Tr, problems: &[model::Problem]) -> FormErrors {
    let pairs: Vec<(&str, &str)> = problems.iter().map(|(f, k)| (f.as_str(), *k)).collect();
    FormErrors::from_problems(tr, &pairs)
}

/// Saves the draft. The editor's script posts here while the liaison types (answered 204);
/// without script the "Save draft" button does (answered with the page).
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    headers: HeaderMap,
    form: FormData,
) -> Result<Response, AppError> {
    let (plan, directive) = load(&state, &ctx, id, Action::EditPlan).await?;
    if !super::can_submit(&plan) {
        return Err(AppError::field(
            "status",
            "this plan is under review and cannot be edited now",
        ));
    }
    let (sections, problems) = sections_from(&state, directive.id, &form).await?;
    let background = headers.get("x-amparo-autosave").is_some();
    if !problems.is_empty() {
        if background {
            return Err(crate::web::form::invalid(
                &problems
                    .iter()
                    .map(|(f, k)| (f.as_str(), *k))
                    .collect::<Vec<_>>(),
            ));
        }
        let p = plan_page(
            &state,
            &ctx,
            plan,
            directive,
            Some(sections),
            errors(ctx.tr(), &problems),
            None,
        )
        .await?;
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &p));
    }
    super::save_draft(
        &state.db,
        &state.events,
        &ctx.audit_actor(),
        &plan,
        &sections,
    )
    .await?;
    if background {
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    Ok(Redirect::to(&format!("/plans/{id}?notice=saved")).into_response())
}

/// Saves the draft as sent, then submits it if every element is addressed.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    let (plan, directive) = load(&state, &ctx, id, Action::EditPlan).await?;
    if !super::can_submit(&plan) {
        return Err(AppError::field(
            "status",
            "this plan is under review and cannot be submitted again now",
        ));
    }
    let (sections, mut problems) = sections_from(&state, directive.id, &form).await?;
    if problems.is_empty() {
        super::save_draft(
            &state.db,
            &state.events,
            &ctx.audit_actor(),
            &plan,
            &sections,
        )
        .await?;
        match super::submit(
            &state.db,
            &state.events,
            &ctx.audit_actor(),
            &plan,
            &sections,
        )
        .await?
        {
            Ok(_) => {
                return Ok(Redirect::to(&format!("/plans/{id}?notice=received")).into_response())
            }
            Err(p) => problems = p,
        }
    }
    let p = plan_page(
        &state,
        &ctx,
        plan,
        directive,
        Some(sections),
        errors(ctx.tr(), &problems),
        None,
    )
    .await?;
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &p))
}

/// A reviewer's decision: `decision` = approve or changes, a verdict per element.
pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    let (plan, directive) = load(&state, &ctx, id, Action::ViewPlan).await?;
    ctx.authorize(&state, Action::ReviewPlans, Resource::System)
        .await?;
    let approve = match form.get("decision") {
        "approve" => true,
        "changes" => false,
        _ => return Err(AppError::field("decision", "choose approve or changes")),
    };
    let elements: Vec<i64> = store::elements(&state.db, directive.id)
        .await?
        .iter()
        .map(|e| e.id)
        .collect();
    let comment = form.get("comment").to_string();
    let result = match model::review_from_form(&form, &elements, approve) {
        Ok(verdicts) => {
            super::review(
                &state.db,
                &state.events,
                &ctx.audit_actor(),
                &plan,
                approve,
                &verdicts,
                &comment,
            )
            .await?
        }
        Err(p) => Err(p),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/plans/{id}?notice=saved")).into_response()),
        Err(problems) => {
            let p = plan_page(
                &state,
                &ctx,
                plan,
                directive,
                None,
                errors(ctx.tr(), &problems),
                None,
            )
            .await?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &p))
        }
    }
}

#[derive(Template)]
#[template(path = "plans/version.html")]
struct VersionPage {
    page: Page,
    plan: Plan,
    directive: Directive,
    version: Version,
    elements: Vec<Element>,
    reviews: Vec<Review>,
}

/// One submitted version as a printable document, with the reviews of that version.
pub async fn version(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, v)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (plan, directive) = load(&state, &ctx, id, Action::ViewPlan).await?;
    let version = store::versions(&state.db, id)
        .await?
        .into_iter()
        .find(|x| x.version == v)
        .ok_or(AppError::NotFound)?;
    let tr = ctx.tr();
    Ok(ok(&VersionPage {
        page: Page::new(&ctx, tr.t1("plan-heading", "department", &plan.department)),
        elements: store::elements(&state.db, directive.id).await?,
        reviews: store::reviews(&state.db, id)
            .await?
            .into_iter()
            .filter(|r| r.version == v)
            .collect(),
        plan,
        directive,
        version,
    }))
}

#[derive(Template)]
#[template(path = "plans/board.html")]
struct BoardPage {
    page: Page,
    directive: Directive,
    directives: Vec<Directive>,
    rows: Vec<BoardRow>,
    summary: String,
    sort: String,
    query: String,
}

async fn board_rows(
    state: &AppState,
    raw: Option<String>,
) -> Result<(Directive, Vec<Directive>, Vec<BoardRow>, FormData), AppError> {
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let directives = store::directives(&state.db).await?;
    let directive = match q.get("directive") {
        "" => directives.first().cloned(),
        v => {
            let id: i64 = v
                .parse()
                .map_err(|_| AppError::field("directive", "choose a directive"))?;
            directives.iter().find(|d| d.id == id).cloned()
        }
    }
    .ok_or(AppError::NotFound)?;
    let mut rows = board::rows(&state.db, &directive, chrono::Utc::now()).await?;
    match q.get("deadline") {
        "" => {}
        d if ["on_time", "late", "pending", "overdue"].contains(&d) => {
            rows.retain(|r| r.deadline == d)
        }
        _ => {
            return Err(AppError::field(
                "deadline",
                "choose on_time, late, pending or overdue",
            ))
        }
    }
    board::sort(&mut rows, q.get("sort"));
    Ok((directive, directives, rows, q))
}

pub async fn board_page(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewBoard, Resource::System)
        .await?;
    let (directive, directives, rows, q) = board_rows(&state, raw).await?;
    let tr = ctx.tr();
    let approved = rows.iter().filter(|r| r.approved).count() as i64;
    Ok(ok(&BoardPage {
        page: Page::new(&ctx, tr.t("board-title")),
        summary: tr.n("board-approved", "count", approved)
            + " · "
            + &tr.n("board-departments", "count", rows.len() as i64),
        sort: q.get("sort").to_string(),
        query: format!("directive={}", directive.id),
        directive,
        directives,
        rows,
    }))
}

/// The board as CSV (same filter and order).
pub async fn board_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewBoard, Resource::System)
        .await?;
    let (directive, _, rows, _) = board_rows(&state, raw).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "department",
        "primary_liaison",
        "backup_liaison",
        "plan_status",
        "deadline",
        "deadline_days",
        "approved",
        "elements_met",
        "elements",
        "training_percent",
        "reports_30_days",
        "unacknowledged_reports",
    ])
    .map_err(anyhow::Error::from)?;
    for r in rows {
        w.write_record([
            crate::audit::web::csv_cell(&r.department),
            r.liaison_primary.to_string(),
            r.liaison_backup.to_string(),
            r.plan_status,
            r.deadline,
            r.deadline_days.to_string(),
            r.approved.to_string(),
            r.elements_met.map(|m| m.to_string()).unwrap_or_default(),
            r.elements.to_string(),
            r.training_percent
                .map(|t| t.to_string())
                .unwrap_or_default(),
            r.reports_30_days.to_string(),
            r.unacknowledged.to_string(),
        ])
        .map_err(anyhow::Error::from)?;
    }
    let body = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    let name = format!(
        "amparo-compliance-{}.csv",
        directive.number.replace(' ', "-")
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response())
}

pub struct ElementDiff {
    pub element: Element,
    pub lines: Vec<textdiff::UnifiedLine>,
    pub assessment: (String, String),
    pub changed: bool,
}

#[derive(Template)]
#[template(path = "plans/diff.html")]
struct DiffPage {
    page: Page,
    plan: Plan,
    from: i64,
    to: i64,
    elements: Vec<ElementDiff>,
}

/// What changed between two submitted versions, element by element, word by word.
pub async fn diff(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let (plan, directive) = load(&state, &ctx, id, Action::ViewPlan).await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let number = |name: &str| {
        q.get(name)
            .parse::<i64>()
            .map_err(|_| AppError::field(name, "give a version number"))
    };
    let (from, to) = (number("from")?, number("to")?);
    let versions = store::versions(&state.db, id).await?;
    let find = |v: i64, name: &str| {
        versions
            .iter()
            .find(|x| x.version == v)
            .cloned()
            .ok_or_else(|| AppError::field(name, "no such version of this plan"))
    };
    let (a, b) = (find(from, "from")?, find(to, "to")?);
    let section = |v: &Version, e: i64| v.sections.iter().find(|s| s.element_id == e).cloned();
    let elements = store::elements(&state.db, directive.id)
        .await?
        .into_iter()
        .map(|e| {
            let (old, new) = (section(&a, e.id), section(&b, e.id));
            let old_body = old.as_ref().map(|s| s.body.as_str()).unwrap_or_default();
            let new_body = new.as_ref().map(|s| s.body.as_str()).unwrap_or_default();
            let assess =
                |s: &Option<Section>| s.as_ref().map(|s| s.assessment.clone()).unwrap_or_default();
            ElementDiff {
                changed: !textdiff::is_same(old_body, new_body) || assess(&old) != assess(&new),
                lines: textdiff::unified(old_body, new_body),
                assessment: (assess(&old), assess(&new)),
                element: e,
            }
        })
        .collect();
    let tr = ctx.tr();
    Ok(ok(&DiffPage {
        page: Page::new(&ctx, tr.t1("plan-heading", "department", &plan.department)),
        plan,
        from,
        to,
        elements,
    }))
}
