//! JSON API for departments and facilities (documented in the OpenAPI document).

use super::model::{Department, Facility, FacilityInput, Liaison};
use super::store;
use crate::app::AppState;
use crate::auth::policy::{department_scope, Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{invalid, JsonBody};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

const PER_PAGE: i64 = 100;

#[derive(Serialize, ToSchema)]
pub struct DepartmentDetail {
    pub department: Department,
    pub liaisons: Vec<Liaison>,
}

#[derive(Serialize, ToSchema)]
pub struct FacilityPage {
    pub items: Vec<Facility>,
    pub page: i64,
    /// The next page number, or null on the last page.
    pub next_page: Option<i64>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<i64>,
}

/// The highest page asked for; far beyond any department's facilities, and low enough that
/// the offset cannot overflow.
const MAX_PAGE: i64 = 1_000_000;

/// Departments the caller may see (liaisons and employees: their own).
#[utoipa::path(get, path = "/api/v1/departments", tag = "departments",
    responses((status = 200, body = Vec<Department>), (status = 401), (status = 403)),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<Department>>, AppError> {
    let actor = ctx
        .authorize(&state, Action::ListDepartments, Resource::System)
        .await?;
    Ok(Json(
        store::list(&state.db, department_scope(actor), false).await?,
    ))
}

/// Departments with no primary immigrant affairs liaison.
#[utoipa::path(get, path = "/api/v1/departments/without-liaison", tag = "departments",
    responses((status = 200, body = Vec<Department>), (status = 401), (status = 403)),
    security(("bearer" = [])))]
pub async fn without_liaison(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<Department>>, AppError> {
    ctx.authorize(&state, Action::ViewLiaisonGaps, Resource::System)
        .await?;
    Ok(Json(store::list(&state.db, None, true).await?))
}

/// One department with its liaisons.
#[utoipa::path(get, path = "/api/v1/departments/{id}", tag = "departments",
    params(("id" = i64, Path, description = "Department id")),
    responses((status = 200, body = DepartmentDetail), (status = 404)),
    security(("bearer" = [])))]
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<DepartmentDetail>, AppError> {
    ctx.authorize(&state, Action::ViewDepartment, Resource::Department(id))
        .await?;
    let department = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(DepartmentDetail {
        department,
        liaisons: store::liaisons(&state.db, id).await?,
    }))
}

/// A department's facilities, 100 a page.
#[utoipa::path(get, path = "/api/v1/departments/{id}/facilities", tag = "departments",
    params(("id" = i64, Path, description = "Department id"), PageParams),
    responses((status = 200, body = FacilityPage), (status = 404)),
    security(("bearer" = [])))]
pub async fn facilities(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(p): Query<PageParams>,
) -> Result<Json<FacilityPage>, AppError> {
    ctx.authorize(&state, Action::ViewDepartment, Resource::Department(id))
        .await?;
    store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let page = p.page.unwrap_or(1);
    if !(1..=MAX_PAGE).contains(&page) {
        return Err(invalid(&[("page", "error-page")]));
    }
    let mut items = store::facilities(&state.db, id, (page - 1) * PER_PAGE, PER_PAGE + 1).await?;
    let next_page = (items.len() as i64 > PER_PAGE).then_some(page + 1);
    items.truncate(PER_PAGE as usize);
    Ok(Json(FacilityPage {
        items,
        page,
        next_page,
    }))
}

/// Adds a facility (city property) to a department.
#[utoipa::path(post, path = "/api/v1/departments/{id}/facilities", tag = "departments",
    params(("id" = i64, Path, description = "Department id")),
    request_body = FacilityInput,
    responses((status = 201, body = Facility), (status = 400), (status = 404), (status = 422)),
    security(("bearer" = [])))]
pub async fn create_facility(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: JsonBody,
) -> Result<(StatusCode, Json<Facility>), AppError> {
    ctx.authorize(&state, Action::EditFacilities, Resource::Department(id))
        .await?;
    store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let input: FacilityInput = body.parse()?;
    let fid = super::add_facility(&state.db, &state.events, &ctx.audit_actor(), id, input)
        .await?
        .map_err(|p| invalid(&p))?;
    let facility = store::facility_by_id(&state.db, fid)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((StatusCode::CREATED, Json(facility)))
}
