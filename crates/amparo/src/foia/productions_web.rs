//! Productions: the upload form and list, one production's import report, and the column
//! mapping form for a layout amparo does not know.

use super::import::{self, Imported};
use super::productions::{self, ProductionRow};
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors, Upload};
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ice_records::layout::Field;

#[derive(Template)]
#[template(path = "foia/productions.html")]
struct ListPage {
    page: Page,
    csrf: String,
    rows: Vec<ProductionRow>,
    requests: Vec<(i64, String)>,
    can_manage: bool,
    form: FormData,
    errors: FormErrors,
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    request: Option<i64>,
    form: FormData,
    errors: FormErrors,
) -> Result<ListPage, AppError> {
    let tr = ctx.tr();
    let requests = super::store::list(&state.db, 500, 0)
        .await?
        .into_iter()
        .map(|r| {
            let label = if r.tracking_number.is_empty() {
                r.subject
            } else {
                format!("{} ({})", r.subject, r.tracking_number)
            };
            (r.id, label)
        })
        .collect();
    Ok(ListPage {
        page: Page::new(ctx, tr.t("foia-productions-title")),
        csrf: ctx.csrf_for_form(),
        rows: productions::list(&state.db, request).await?,
        requests,
        can_manage: ctx.is_allowed(Action::ManageFoia, Resource::System),
        form,
        errors,
    })
}

fn request_param(q: &FormData, name: &str) -> Result<Option<i64>, AppError> {
    match q.get(name) {
        "" => Ok(None),
        v => v
            .parse()
            .map(Some)
            .map_err(|_| AppError::field(name, "must be a request id")),
    }
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewFoia, Resource::System)
        .await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let request = request_param(&q, "request")?;
    let mut form = FormData::default();
    form.set("received_on", super::web::today().to_string());
    if let Some(r) = request {
        form.set("request", r.to_string());
    }
    Ok(ok(&list_page(
        &state,
        &ctx,
        request,
        form,
        FormErrors::default(),
    )
    .await?))
}

/// Uploads a production (multipart): stored, and imported when it is a data file.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageFoia, Resource::System)
        .await?;
    let u = Upload::read(multipart).await?;
    let tr = ctx.tr();
    let mut errors = FormErrors::default();
    let received = super::model::parse_date(u.fields.get("received_on"));
    if received.is_none_or(|d| d > super::web::today()) {
        errors.add("received_on", tr.t("foia-error-date"));
    }
    let request = request_param(&u.fields, "request")?;
    if let Some(id) = request {
        if super::store::get(&state.db, id).await?.is_none() {
            errors.add("request", tr.t("foia-error-missing"));
        }
    }
    let notes = u.fields.get("notes");
    if notes.chars().count() > 10_000 {
        errors.add("notes", tr.t("foia-error-too-long"));
    }
    let file = u.file.clone().filter(|f| !f.is_empty());
    match &file {
        None => errors.add("file", tr.t("foia-error-file")),
        Some(f) if f.len() > super::MAX_FILE_BYTES => {
            errors.add("file", tr.t("foia-error-file-size"))
        }
        _ => {}
    }
    let (Some(bytes), Some(received), true) = (file, received, errors.is_empty()) else {
        let page = list_page(&state, &ctx, request, u.fields, errors).await?;
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
    };
    let received = received.to_string();
    let filename = if u.file_name.is_empty() {
        "production"
    } else {
        u.file_name.as_str()
    };
    let p = import::Production {
        request_id: request,
        received_on: &received,
        notes,
        filename,
        content_type: "application/octet-stream",
    };
    let bytes: std::sync::Arc<[u8]> = bytes.to_vec().into();
    let done = import::upload(&state.db, &ctx.audit_actor(), &p, bytes, &mut |_| {}).await?;
    let to = match done {
        Imported::Stored { id, .. } => format!("/foia/productions/{id}?notice=saved"),
        Imported::Duplicate(id) => format!("/foia/productions/{id}?notice=duplicate"),
    };
    Ok(Redirect::to(&to).into_response())
}

pub struct MapRow {
    pub key: &'static str,
    pub label: String,
    pub chosen: String,
}

#[derive(Template)]
#[template(path = "foia/production.html")]
struct ShowPage {
    page: Page,
    csrf: String,
    p: ProductionRow,
    status_label: String,
    can_manage: bool,
    headers: Vec<String>,
    map: Vec<MapRow>,
    errors: FormErrors,
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    p: ProductionRow,
    form: &FormData,
    errors: FormErrors,
    notice: Option<&str>,
) -> Result<ShowPage, AppError> {
    let tr = ctx.tr();
    // Only the column names are shown: a row of an unknown layout may hold names.
    let headers = if p.status == "needs_mapping" {
        let file = super::store::file(&state.db, p.file_id)
            .await?
            .ok_or(AppError::NotFound)?;
        ice_records::inspect(&file.data).map_or(Vec::new(), |s| s.headers)
    } else {
        Vec::new()
    };
    let map = Field::ALL
        .iter()
        .map(|f| MapRow {
            key: f.key(),
            label: f.label().to_string(),
            chosen: form.get(&format!("map_{}", f.key())).to_string(),
        })
        .collect();
    Ok(ShowPage {
        page: Page::new(ctx, tr.t1("foia-production-title", "id", &p.id.to_string()))
            .with_notice(notice),
        csrf: ctx.csrf_for_form(),
        status_label: tr.t(&format!("foia-production-{}", p.status.replace('_', "-"))),
        can_manage: ctx.is_allowed(Action::ManageFoia, Resource::System),
        headers,
        map,
        errors,
        p,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewFoia, Resource::System)
        .await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let p = productions::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = show_page(
        &state,
        &ctx,
        p,
        &FormData::default(),
        FormErrors::default(),
        Some(q.get("notice")),
    )
    .await?;
    Ok(ok(&page))
}

/// Maps the columns of an unknown layout, saves the mapping for its shape, and imports.
pub async fn map_columns(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageFoia, Resource::System)
        .await?;
    let p = productions::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if p.status != "needs_mapping" {
        return Err(AppError::field(
            "status",
            "this production does not need a mapping",
        ));
    }
    let file = super::store::file(&state.db, p.file_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let headers = ice_records::inspect(&file.data)
        .map_err(|e| AppError::field("file", &e))?
        .headers;
    match productions::mapping_from_form(&form, &headers) {
        Ok(mapping) => {
            productions::apply_mapping(&state.db, &ctx.audit_actor(), &p, &headers, mapping)
                .await?;
            Ok(Redirect::to(&format!("/foia/productions/{id}?notice=saved")).into_response())
        }
        Err(problems) => {
            let tr = ctx.tr();
            let mut errors = FormErrors::default();
            for (field, key) in problems {
                errors.add(&field, tr.t(key));
            }
            let page = show_page(&state, &ctx, p, &form, errors, None).await?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

/// `GET /foia/productions/{id}/records.csv`: the normalised records, streamed.
pub async fn records_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewFoia, Resource::System)
        .await?;
    let p = productions::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::audit::record_alone(
        &state.db,
        &ctx.audit_actor(),
        "export_foia_records",
        "foia_production",
        p.id,
        crate::audit::Outcome::Ok,
    )
    .await?;
    let rx = super::records::export(state.db.clone(), p.id);
    let body = axum::body::Body::from_stream(tokio_stream::wrappers::ReceiverStream::new(rx));
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"foia-production-{id}-records.csv\""),
            ),
        ],
        body,
    )
        .into_response())
}
