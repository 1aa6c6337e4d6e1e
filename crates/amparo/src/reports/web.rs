//! Pages for filing a report: form → preview of the redacted text → send.

use super::model::{
    utc_to_la_local, Choice, Problem, ReportInput, CHOICES, TRISTATE_FIELDS, YES_NO_UNKNOWN,
};
use super::store::Submitted;
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::departments::{self, model::Liaison};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::i18n::Tr;
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

pub struct Opt {
    pub id: String,
    pub code: &'static str,
    pub label: String,
    pub checked: bool,
}

/// One question with fixed answers, ready for the template (radio buttons or check boxes).
pub struct ChoiceGroup {
    pub field: &'static str,
    pub legend: String,
    pub multiple: bool,
    pub options: Vec<Opt>,
    pub error: Option<String>,
}

fn group(
    tr: Tr,
    f: &FormData,
    errors: &FormErrors,
    field: &'static str,
    codes: &[&'static str],
    multiple: bool,
) -> ChoiceGroup {
    ChoiceGroup {
        field,
        legend: tr.t(&format!("report-{}", field.replace('_', "-"))),
        multiple,
        options: codes
            .iter()
            .map(|code| Opt {
                id: format!("f-{field}-{code}"),
                code,
                label: tr.t(&format!(
                    "report-{}-{}",
                    field.replace('_', "-"),
                    code.replace('_', "-")
                )),
                checked: f.has(field, code),
            })
            .collect(),
        error: errors.msg(field).map(str::to_string),
    }
}

fn choice_group(tr: Tr, f: &FormData, errors: &FormErrors, c: &Choice) -> ChoiceGroup {
    group(tr, f, errors, c.field, c.codes, c.multiple)
}

pub struct FacilityGroup {
    pub department: String,
    pub options: Vec<(i64, String, bool)>,
}

#[derive(Template)]
#[template(path = "reports/form.html")]
struct FormPage {
    page: Page,
    csrf: String,
    f: FormData,
    errors: FormErrors,
    choices: Vec<ChoiceGroup>,
    facilities: Vec<FacilityGroup>,
    departments: Vec<(i64, String, bool)>,
    protocol: Vec<String>,
    liaison: Option<Liaison>,
}

/// A fresh form: now, the reporter's department, "unknown" where that is an answer.
fn defaults(ctx: &Ctx) -> FormData {
    let mut f = FormData::default();
    f.set("idempotency_key", crate::auth::password::random_token());
    f.set(
        "observed_at",
        utc_to_la_local(chrono::Utc::now())
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
    );
    if let Some(d) = ctx.actor.as_ref().and_then(|a| a.department_id) {
        f.set("department_id", d.to_string());
    }
    for field in ["attire", "masked", "id_visible", "warrant"]
        .into_iter()
        .chain(TRISTATE_FIELDS.iter().copied())
    {
        f.set(field, "unknown");
    }
    for field in ["detained_count", "minors_count", "injuries_count"] {
        f.set(field, "0");
    }
    f
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    f: FormData,
    errors: FormErrors,
) -> Result<FormPage, AppError> {
    let tr = ctx.tr();
    let mut choices: Vec<ChoiceGroup> = CHOICES
        .iter()
        .map(|c| choice_group(tr, &f, &errors, c))
        .collect();
    for field in TRISTATE_FIELDS {
        choices.push(group(tr, &f, &errors, field, YES_NO_UNKNOWN, false));
    }
    let own = ctx.actor.as_ref().and_then(|a| a.department_id);
    let selected_facility = f.get("facility_id").parse::<i64>().ok();
    let mut facilities: Vec<FacilityGroup> = Vec::new();
    let mut own_group = None;
    for (id, dept_id, dept, name) in departments::all_facilities(&state.db).await? {
        if facilities.last().is_none_or(|g| g.department != dept) {
            if Some(dept_id) == own {
                own_group = Some(facilities.len());
            }
            facilities.push(FacilityGroup {
                department: dept,
                options: Vec::new(),
            });
        }
        if let Some(g) = facilities.last_mut() {
            g.options.push((id, name, selected_facility == Some(id)));
        }
    }
    // The reporter's own department's properties come first.
    if let Some(i) = own_group {
        let g = facilities.remove(i);
        facilities.insert(0, g);
    }
    let selected_department = f.get("department_id").parse::<i64>().ok();
    let departments = departments::list(&state.db, None, false)
        .await?
        .into_iter()
        .map(|d| (d.id, d.name, selected_department == Some(d.id)))
        .collect();
    let liaison = match own {
        Some(d) => departments::liaisons(&state.db, d)
            .await?
            .into_iter()
            .find(|l| l.kind == "primary"),
        None => None,
    };
    Ok(FormPage {
        page: Page::new(ctx, tr.t("report-title")),
        csrf: ctx.csrf_for_form(),
        protocol: (1..=5).map(|i| tr.t(&format!("protocol-{i}"))).collect(),
        f,
        errors,
        choices,
        facilities,
        departments,
        liaison,
    })
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::FileReport, Resource::System)
        .await?;
    Ok(ok(&form_page(
        &state,
        &ctx,
        defaults(&ctx),
        FormErrors::default(),
    )
    .await?))
}

/// "Change something" from the preview: the form again, as it was filled in.
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::FileReport, Resource::System)
        .await?;
    Ok(ok(
        &form_page(&state, &ctx, form, FormErrors::default()).await?
    ))
}

/// Parses the form and settles where it happened: a picked facility decides the department.
pub async fn read(
    state: &AppState,
    form: &FormData,
) -> Result<Result<ReportInput, Vec<Problem>>, AppError> {
    let mut problems = Vec::new();
    if !super::valid_key(form.get("idempotency_key")) {
        problems.push(("idempotency_key", "error-idempotency-key"));
    }
    let mut input = match ReportInput::from_form(form, chrono::Utc::now()) {
        Ok(i) => i,
        Err(mut p) => {
            problems.append(&mut p);
            return Ok(Err(problems));
        }
    };
    if let Some(fid) = input.facility_id {
        match departments::facility_by_id(&state.db, fid).await? {
            Some(f) => input.department_id = f.department_id,
            None => problems.push(("facility_id", "error-facility-unknown")),
        }
    } else if departments::get(&state.db, input.department_id)
        .await?
        .is_none()
    {
        problems.push(("department_id", "error-department-unknown"));
    }
    Ok(if problems.is_empty() {
        Ok(input)
    } else {
        Err(problems)
    })
}

/// What the browser sent, in a stable order, without the CSRF token.
fn fingerprint(form: &FormData) -> String {
    serde_urlencoded::to_string(form.pairs()).unwrap_or_default()
}

/// The parsed report, or the form filled in again with every problem beside its field (422).
async fn read_or_refill(
    state: &AppState,
    ctx: &Ctx,
    form: FormData,
) -> Result<Result<(ReportInput, FormData), Response>, AppError> {
    match read(state, &form).await? {
        Ok(input) => Ok(Ok((input, form))),
        Err(p) => {
            let page = form_page(state, ctx, form, FormErrors::from_problems(ctx.tr(), &p)).await?;
            Ok(Err(render(StatusCode::UNPROCESSABLE_ENTITY, &page)))
        }
    }
}

#[derive(Template)]
#[template(path = "reports/preview.html")]
struct PreviewPage {
    page: Page,
    csrf: String,
    hidden: Vec<(String, String)>,
    narrative: String,
    staff_actions: String,
    removed: Vec<(String, String)>,
    observed: String,
}

fn kind_label(tr: Tr, k: redact::Kind) -> String {
    tr.t(&format!("redacted-{}", k.as_str().replace('_', "-")))
}

pub async fn preview(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::FileReport, Resource::System)
        .await?;
    let tr = ctx.tr();
    let (input, form) = match read_or_refill(&state, &ctx, form).await? {
        Ok(v) => v,
        Err(refilled) => return Ok(refilled),
    };
    let narrative = super::redact_text(&input.narrative);
    let staff = super::redact_text(&input.staff_actions);
    let place = super::redact_place(&input.location_text);
    let removed = narrative
        .removed
        .iter()
        .chain(staff.removed.iter())
        .chain(place.removed.iter())
        .map(|(k, t)| (kind_label(tr, *k), t.clone()))
        .collect();
    let observed = chrono::NaiveDateTime::parse_from_str(form.get("observed_at"), "%Y-%m-%dT%H:%M")
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default();
    Ok(ok(&PreviewPage {
        page: Page::new(&ctx, tr.t("report-preview-title")),
        csrf: ctx.csrf_for_form(),
        hidden: form.pairs(),
        narrative: narrative.text,
        staff_actions: staff.text,
        removed,
        observed,
    }))
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::FileReport, Resource::System)
        .await?;
    let tr = ctx.tr();
    let (input, form) = match read_or_refill(&state, &ctx, form).await? {
        Ok(v) => v,
        Err(refilled) => return Ok(refilled),
    };
    match super::submit(
        &state.db,
        &state.events,
        &state.config,
        &ctx.audit_actor(),
        form.get("idempotency_key"),
        &fingerprint(&form),
        &input,
    )
    .await?
    {
        Submitted::Created(id) | Submitted::Existing(id) => {
            Ok(Redirect::to(&format!("/reports/{id}?notice=received")).into_response())
        }
        Submitted::KeyReused => {
            let mut f = form;
            f.set("idempotency_key", crate::auth::password::random_token());
            let errors =
                FormErrors::from_problems(tr, &[("idempotency_key", "error-idempotency-reused")]);
            Ok(render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&state, &ctx, f, errors).await?,
            ))
        }
    }
}
