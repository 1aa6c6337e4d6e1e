//! A plan's page: the liaison's editor (autosaved draft, submit) and the reviewer's
//! element-by-element decision.

use super::board;
use super::citations::{self, Citation};
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
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// The plan and its directive, once the caller may `action` on its department.
pub async fn load(
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
    /// The guideline this element cites, if any.
    pub citation: Option<Citation>,
    /// (id, title, chosen) for the guideline list: current guidelines, and the cited one.
    pub guidelines: Vec<(i64, String, bool)>,
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
    let adopted = citations::adopted(&state.db, ctx.lang.code()).await?;
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
                citation: adopted
                    .iter()
                    .find(|c| Some(c.id) == section.guideline_id)
                    .cloned(),
                guidelines: adopted
                    .iter()
                    .filter(|c| c.current() || Some(c.id) == section.guideline_id)
                    .map(|c| (c.id, c.title.clone(), Some(c.id) == section.guideline_id))
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
    plan: &Plan,
    form: &FormData,
) -> Result<(Vec<Section>, Vec<model::Problem>), AppError> {
    let elements = store::elements(&state.db, plan.directive_id).await?;
    let adopted = citations::adopted(&state.db, "en").await?;
    let current = citations::allowed(&adopted, None);
    // The saved draft matters only when the form keeps citing a guideline superseded since,
    // so the autosave does not read it on every keystroke.
    let cites_old = elements.iter().any(|e| {
        form.get(&format!("guideline-{}", e.id))
            .parse::<i64>()
            .is_ok_and(|g| !current.contains(&g))
    });
    let saved = if cites_old {
        store::draft(&state.db, plan.id, &elements).await?
    } else {
        Vec::new()
    };
    let mut problems = Vec::new();
    let sections = elements
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let old = saved.get(i).and_then(|s| s.guideline_id);
            let may_cite = citations::allowed(&adopted, old);
            model::section_from_form(form, e.id, &may_cite, &mut problems)
        })
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
    let (sections, problems) = sections_from(&state, &plan, &form).await?;
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
    let (sections, mut problems) = sections_from(&state, &plan, &form).await?;
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
