//! Pages for departments, facilities and liaisons.

use super::model::{
    liaison_kind, Department, DepartmentInput, Facility, FacilityInput, Liaison, LiaisonInput,
    KINDS,
};
use super::store;
use crate::app::AppState;
use crate::auth::policy::{department_scope, Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

const FACILITIES_PER_PAGE: i64 = 50;

#[derive(Deserialize, Default)]
pub struct PageQuery {
    page: Option<i64>,
    notice: Option<String>,
}

#[derive(Template)]
#[template(path = "departments/list.html")]
struct ListPage {
    page: Page,
    heading: String,
    intro: String,
    departments: Vec<Department>,
    can_create: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let actor = ctx
        .authorize(&state, Action::ListDepartments, Resource::System)
        .await?;
    let departments = store::list(&state.db, department_scope(actor), false).await?;
    let tr = ctx.tr();
    Ok(ok(&ListPage {
        page: Page::new(&ctx, tr.t("departments-title")).with_notice(q.notice.as_deref()),
        heading: tr.t("departments-title"),
        intro: tr.n("departments-count", "count", departments.len() as i64),
        departments,
        can_create: ctx.is_allowed(Action::EditDepartments, Resource::System),
    }))
}

pub async fn without_liaison(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewLiaisonGaps, Resource::System)
        .await?;
    let departments = store::list(&state.db, None, true).await?;
    let tr = ctx.tr();
    Ok(ok(&ListPage {
        page: Page::new(&ctx, tr.t("without-liaison-title")),
        heading: tr.t("without-liaison-title"),
        intro: if departments.is_empty() {
            tr.t("without-liaison-none")
        } else {
            tr.n("without-liaison-count", "count", departments.len() as i64)
        },
        departments,
        can_create: false,
    }))
}

struct LiaisonSlot {
    kind: &'static str,
    title: String,
    edit_label: String,
    liaison: Option<Liaison>,
}

#[derive(Template)]
#[template(path = "departments/show.html")]
struct ShowPage {
    page: Page,
    department: Department,
    liaison_slots: Vec<LiaisonSlot>,
    facilities: Vec<Facility>,
    page_no: i64,
    has_next: bool,
    can_edit: bool,
    can_edit_facilities: bool,
    can_edit_liaisons: bool,
}

async fn department_for(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    action: Action,
) -> Result<Department, AppError> {
    ctx.authorize(state, action, Resource::Department(id))
        .await?;
    store::get(&state.db, id).await?.ok_or(AppError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let department = department_for(&state, &ctx, id, Action::ViewDepartment).await?;
    let page_no = q.page.unwrap_or(1).max(1);
    let mut facilities = store::facilities(
        &state.db,
        id,
        (page_no - 1) * FACILITIES_PER_PAGE,
        FACILITIES_PER_PAGE + 1,
    )
    .await?;
    let has_next = facilities.len() as i64 > FACILITIES_PER_PAGE;
    facilities.truncate(FACILITIES_PER_PAGE as usize);
    let liaisons = store::liaisons(&state.db, id).await?;
    let tr = ctx.tr();
    let liaison_slots = ["primary", "backup"]
        .into_iter()
        .map(|kind| LiaisonSlot {
            kind,
            title: tr.t(&format!("liaison-{kind}")),
            edit_label: tr.t(&format!("liaison-{kind}-edit")),
            liaison: liaisons.iter().find(|l| l.kind == kind).cloned(),
        })
        .collect();
    Ok(ok(&ShowPage {
        page: Page::new(&ctx, department.name.clone()).with_notice(q.notice.as_deref()),
        can_edit: ctx.is_allowed(Action::EditDepartments, Resource::Department(id)),
        can_edit_facilities: ctx.is_allowed(Action::EditFacilities, Resource::Department(id)),
        can_edit_liaisons: ctx.is_allowed(Action::EditLiaisons, Resource::Department(id)),
        department,
        liaison_slots,
        facilities,
        page_no,
        has_next,
    }))
}

#[derive(Template)]
#[template(path = "departments/form.html")]
struct DepartmentForm {
    page: Page,
    csrf: String,
    action: String,
    f: FormData,
    kinds: Vec<(&'static str, String, bool)>,
    errors: FormErrors,
}

fn department_form(
    ctx: &Ctx,
    action: String,
    title: String,
    f: FormData,
    errors: FormErrors,
) -> DepartmentForm {
    let tr = ctx.tr();
    DepartmentForm {
        page: Page::new(ctx, title),
        csrf: ctx.csrf_for_form(),
        action,
        kinds: KINDS
            .iter()
            .map(|k| (*k, tr.t(&format!("kind-{k}")), f.is("kind", k)))
            .collect(),
        f,
        errors,
    }
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::EditDepartments, Resource::System)
        .await?;
    let mut f = FormData::default();
    f.set("kind", "department");
    Ok(ok(&department_form(
        &ctx,
        "/departments".into(),
        ctx.tr().t("department-new"),
        f,
        FormErrors::default(),
    )))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::EditDepartments, Resource::System)
        .await?;
    let result = match DepartmentInput::from_form(&form) {
        Ok(input) => super::create(&state.db, &state.events, &ctx.audit_actor(), input).await?,
        Err(p) => Err(p),
    };
    match result {
        Ok(id) => Ok(Redirect::to(&format!("/departments/{id}?notice=saved")).into_response()),
        Err(p) => {
            let errors = FormErrors::from_problems(ctx.tr(), &p);
            let page = department_form(
                &ctx,
                "/departments".into(),
                ctx.tr().t("department-new"),
                form,
                errors,
            );
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let d = department_for(&state, &ctx, id, Action::EditDepartments).await?;
    let mut f = FormData::default();
    f.set("name", d.name.clone());
    f.set("abbreviation", d.abbreviation.clone());
    f.set("kind", d.kind.clone());
    f.set(
        "headcount",
        d.headcount.map(|n| n.to_string()).unwrap_or_default(),
    );
    let title = ctx.tr().t1("department-edit", "name", &d.name);
    Ok(ok(&department_form(
        &ctx,
        format!("/departments/{id}"),
        title,
        f,
        FormErrors::default(),
    )))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    let d = department_for(&state, &ctx, id, Action::EditDepartments).await?;
    let result = match DepartmentInput::from_form(&form) {
        Ok(input) => super::update(&state.db, &state.events, &ctx.audit_actor(), id, input).await?,
        Err(p) => Err(p),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/departments/{id}?notice=saved")).into_response()),
        Err(p) => {
            let errors = FormErrors::from_problems(ctx.tr(), &p);
            let title = ctx.tr().t1("department-edit", "name", &d.name);
            Ok(render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &department_form(&ctx, format!("/departments/{id}"), title, form, errors),
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "departments/facility_form.html")]
struct FacilityForm {
    page: Page,
    csrf: String,
    action: String,
    department: Department,
    f: FormData,
    errors: FormErrors,
}

pub async fn new_facility_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let department = department_for(&state, &ctx, id, Action::EditFacilities).await?;
    Ok(ok(&FacilityForm {
        page: Page::new(&ctx, ctx.tr().t("facility-new")),
        csrf: ctx.csrf_for_form(),
        action: format!("/departments/{id}/facilities"),
        department,
        f: FormData::default(),
        errors: FormErrors::default(),
    }))
}

pub async fn create_facility(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    let department = department_for(&state, &ctx, id, Action::EditFacilities).await?;
    let result = match FacilityInput::from_form(&form) {
        Ok(input) => {
            super::add_facility(&state.db, &state.events, &ctx.audit_actor(), id, input).await?
        }
        Err(p) => Err(p),
    };
    match result {
        Ok(_) => Ok(Redirect::to(&format!("/departments/{id}?notice=saved")).into_response()),
        Err(p) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FacilityForm {
                page: Page::new(&ctx, ctx.tr().t("facility-new")),
                csrf: ctx.csrf_for_form(),
                action: format!("/departments/{id}/facilities"),
                department,
                errors: FormErrors::from_problems(ctx.tr(), &p),
                f: form,
            },
        )),
    }
}

/// The facility and its department, after the policy has agreed.
async fn facility_for(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> Result<(Facility, Department), AppError> {
    let Some(facility) = store::facility_by_id(&state.db, id).await? else {
        ctx.authorize(state, Action::EditFacilities, Resource::System)
            .await?;
        return Err(AppError::NotFound);
    };
    let department =
        department_for(state, ctx, facility.department_id, Action::EditFacilities).await?;
    Ok((facility, department))
}

pub async fn edit_facility_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (facility, department) = facility_for(&state, &ctx, id).await?;
    let mut f = FormData::default();
    f.set("name", facility.name.clone());
    f.set("address", facility.address.clone());
    f.set(
        "latitude",
        facility.latitude.map(|v| v.to_string()).unwrap_or_default(),
    );
    f.set(
        "longitude",
        facility
            .longitude
            .map(|v| v.to_string())
            .unwrap_or_default(),
    );
    f.set("non_public_areas", facility.non_public_areas.clone());
    Ok(ok(&FacilityForm {
        page: Page::new(&ctx, ctx.tr().t1("facility-edit", "name", &facility.name)),
        csrf: ctx.csrf_for_form(),
        action: format!("/facilities/{id}"),
        department,
        f,
        errors: FormErrors::default(),
    }))
}

pub async fn update_facility(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    let (facility, department) = facility_for(&state, &ctx, id).await?;
    let result = match FacilityInput::from_form(&form) {
        Ok(input) => {
            super::update_facility(
                &state.db,
                &state.events,
                &ctx.audit_actor(),
                department.id,
                id,
                input,
            )
            .await?
        }
        Err(p) => Err(p),
    };
    match result {
        Ok(()) => Ok(
            Redirect::to(&format!("/departments/{}?notice=saved", department.id)).into_response(),
        ),
        Err(p) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FacilityForm {
                page: Page::new(&ctx, ctx.tr().t1("facility-edit", "name", &facility.name)),
                csrf: ctx.csrf_for_form(),
                action: format!("/facilities/{id}"),
                department,
                errors: FormErrors::from_problems(ctx.tr(), &p),
                f: form,
            },
        )),
    }
}

#[derive(Template)]
#[template(path = "departments/liaison_form.html")]
struct LiaisonForm {
    page: Page,
    csrf: String,
    department: Department,
    kind: &'static str,
    exists: bool,
    f: FormData,
    errors: FormErrors,
}

async fn liaison_target(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    kind: &str,
) -> Result<(Department, &'static str), AppError> {
    let department = department_for(state, ctx, id, Action::EditLiaisons).await?;
    let kind = liaison_kind(kind).ok_or(AppError::NotFound)?;
    Ok((department, kind))
}

pub async fn liaison_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, kind)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let (department, kind) = liaison_target(&state, &ctx, id, &kind).await?;
    let current = store::liaisons(&state.db, id)
        .await?
        .into_iter()
        .find(|l| l.kind == kind);
    let mut f = FormData::default();
    if let Some(l) = &current {
        f.set("name", l.name.clone());
        f.set("title", l.title.clone());
        f.set("work_email", l.work_email.clone());
        f.set("work_phone", l.work_phone.clone());
    }
    Ok(ok(&LiaisonForm {
        page: Page::new(&ctx, ctx.tr().t(&format!("liaison-{kind}"))),
        csrf: ctx.csrf_for_form(),
        department,
        kind,
        exists: current.is_some(),
        f,
        errors: FormErrors::default(),
    }))
}

pub async fn liaison_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, kind)): Path<(i64, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let (department, kind) = liaison_target(&state, &ctx, id, &kind).await?;
    match LiaisonInput::from_form(&form) {
        Ok(input) => {
            super::set_liaison(
                &state.db,
                &state.events,
                &ctx.audit_actor(),
                id,
                kind,
                &input,
            )
            .await?;
            Ok(Redirect::to(&format!("/departments/{id}?notice=saved")).into_response())
        }
        Err(p) => {
            let exists = store::liaisons(&state.db, id)
                .await?
                .iter()
                .any(|l| l.kind == kind);
            Ok(render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &LiaisonForm {
                    page: Page::new(&ctx, ctx.tr().t(&format!("liaison-{kind}"))),
                    csrf: ctx.csrf_for_form(),
                    department,
                    kind,
                    exists,
                    errors: FormErrors::from_problems(ctx.tr(), &p),
                    f: form,
                },
            ))
        }
    }
}

pub async fn liaison_remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, kind)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let (_, kind) = liaison_target(&state, &ctx, id, &kind).await?;
    super::remove_liaison(&state.db, &state.events, &ctx.audit_actor(), id, kind).await?;
    Ok(Redirect::to(&format!("/departments/{id}?notice=saved")).into_response())
}
