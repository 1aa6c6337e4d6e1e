//! The admin page and API for council district boundary files, and the boundaries as GeoJSON
//! for the dashboard map.

use super::store::MapInfo;
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::FormErrors;
use crate::web::form::Upload;
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::body::Bytes;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "districts/admin.html")]
struct AdminPage {
    page: Page,
    csrf: String,
    map: Option<MapInfo>,
    names: Vec<String>,
    map_name: String,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

async fn admin_page(
    state: &AppState,
    ctx: &Ctx,
    name: String,
    errors: FormErrors,
    notice: Option<&str>,
) -> Result<AdminPage, AppError> {
    let current = super::current(&state.db).await?;
    let tr = ctx.tr();
    let page = Page::new(ctx, tr.t("districts-title")).with_notice(notice);
    Ok(AdminPage {
        csrf: page.csrf.clone(),
        page,
        names: current
            .as_ref()
            .map(|(_, d)| d.names().iter().map(|n| n.to_string()).collect())
            .unwrap_or_default(),
        map: current.map(|(m, _)| m),
        map_name: name,
        errors,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDistricts, Resource::System)
        .await?;
    let p = admin_page(
        &state,
        &ctx,
        String::new(),
        FormErrors::default(),
        q.notice.as_deref(),
    )
    .await?;
    Ok(ok(&p))
}

/// The upload form: a name and a file (multipart). A file that does not parse is refused with
/// the reason, and the map in force stays.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDistricts, Resource::System)
        .await?;
    let upload = Upload::read(multipart).await?;
    let (name, file) = (upload.fields.get("name").to_string(), upload.file);
    let tr = ctx.tr();
    let mut errors = FormErrors::default();
    if name.is_empty() || name.chars().count() > 200 {
        errors.add("name", tr.t("error-required"));
    }
    let text = match file.as_deref().map(std::str::from_utf8) {
        None | Some(Ok("")) => {
            errors.add("file", tr.t("districts-error-file"));
            ""
        }
        Some(Err(_)) => {
            errors.add("file", tr.t("districts-error-utf8"));
            ""
        }
        Some(Ok(t)) => t,
    };
    if errors.is_empty() {
        match super::load(&state.db, &ctx.audit_actor(), &name, text).await? {
            Ok(_) => return Ok(Redirect::to("/admin/districts?notice=saved").into_response()),
            Err(reason) => errors.add("file", reason),
        }
    }
    let p = admin_page(&state, &ctx, name, errors, None).await?;
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &p))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LoadParams {
    /// What the file is, e.g. "Council districts 2021 redistricting".
    #[param(required = true, min_length = 1, max_length = 200)]
    name: Option<String>,
}

/// Loads a boundary file (the body is the GeoJSON FeatureCollection itself) and assigns every
/// located report and incident to a district under it.
#[utoipa::path(put, path = "/api/v1/districts", tag = "districts", params(LoadParams),
    request_body(content = String, content_type = "application/geo+json"),
    responses((status = 200, body = super::Loaded), (status = 422)),
    security(("bearer" = [])))]
pub async fn api_load(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<LoadParams>,
    body: Bytes,
) -> Result<Json<super::Loaded>, AppError> {
    ctx.authorize(&state, Action::ManageDistricts, Resource::System)
        .await?;
    let field = |f: &str, m: &str| AppError::Invalid([(f.to_string(), m.to_string())].into());
    let name = p.name.as_deref().unwrap_or_default().trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(field("name", "give the file a name of 1 to 200 characters"));
    }
    let text =
        std::str::from_utf8(&body).map_err(|_| field("body", "the file is not UTF-8 text"))?;
    match super::load(&state.db, &ctx.audit_actor(), name, text).await? {
        Ok(loaded) => Ok(Json(loaded)),
        Err(reason) => Err(field("body", &reason)),
    }
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct DistrictsInfo {
    pub map: Option<MapInfo>,
    pub districts: Vec<String>,
}

/// The boundary file in force and its district names.
#[utoipa::path(get, path = "/api/v1/districts", tag = "districts",
    responses((status = 200, body = DistrictsInfo)), security(("bearer" = [])))]
pub async fn api_show(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<DistrictsInfo>, AppError> {
    ctx.authorize(&state, Action::ViewDashboard, Resource::System)
        .await?;
    let current = super::current(&state.db).await?;
    Ok(Json(DistrictsInfo {
        districts: current
            .as_ref()
            .map(|(_, d)| d.names().iter().map(|n| n.to_string()).collect())
            .unwrap_or_default(),
        map: current.map(|(m, _)| m),
    }))
}

/// The boundaries for the map; an empty collection when none is loaded.
pub async fn geojson(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewDashboard, Resource::System)
        .await?;
    let body = match super::current(&state.db).await? {
        Some((_, d)) => d.to_geojson(),
        None => r#"{"type":"FeatureCollection","features":[]}"#.to_string(),
    };
    Ok(([(header::CONTENT_TYPE, "application/geo+json")], body).into_response())
}
