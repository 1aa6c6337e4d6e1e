//! Adding attachments to a report (the report page's upload form and the API) and viewing
//! them. Every view is audited.

use super::{Problem, MAX_BYTES};
use crate::app::AppState;
use crate::reports::read_web::load as load_report;
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::Upload;
use axum::body::Bytes;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;

/// Room for the multipart framing around the largest file.
pub const BODY_LIMIT: usize = MAX_BYTES + 64 * 1024;

fn message(tr: crate::web::i18n::Tr, p: &Problem) -> String {
    match p.detail() {
        Some(d) => format!("{} ({d})", tr.t(p.key())),
        None => tr.t(p.key()),
    }
}

/// The upload form on a report's page (multipart; the CSRF token is in the action URL).
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(report_id): Path<i64>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    load_report(&state, &ctx, report_id).await?;
    let bytes = Upload::read(multipart).await?.file.unwrap_or_default();
    match super::add(&state.db, &ctx.audit_actor(), report_id, &bytes).await? {
        Ok(_) => Ok(
            Redirect::to(&format!("/reports/{report_id}?notice=saved#attachments")).into_response(),
        ),
        Err(p) => {
            let error = message(ctx.tr(), &p);
            let page =
                crate::reports::read_web::show_page(&state, &ctx, report_id, Some(error), None)
                    .await?;
            Ok(crate::web::page::render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page,
            ))
        }
    }
}

/// Attaches a photo or document (the body is the file itself; its type is read from its
/// bytes). Metadata is stripped before storing; the same file twice is the same attachment.
#[utoipa::path(post, path = "/api/v1/reports/{id}/attachments", tag = "reports",
    params(("id" = i64, Path, description = "Report id")),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = super::store::Attachment), (status = 200, body = super::store::Attachment, description = "already attached"),
        (status = 404), (status = 422)),
    security(("bearer" = [])))]
pub async fn api_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(report_id): Path<i64>,
    body: Bytes,
) -> Result<(StatusCode, Json<super::store::Attachment>), AppError> {
    load_report(&state, &ctx, report_id).await?;
    match super::add(&state.db, &ctx.audit_actor(), report_id, &body).await? {
        Ok(added) => {
            let a = super::store::get(&state.db, added.id)
                .await?
                .ok_or(AppError::NotFound)?;
            let status = if added.created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            Ok((status, Json(a)))
        }
        Err(p) => {
            let tr = crate::web::i18n::Tr::new(crate::web::i18n::Lang::En);
            Err(AppError::Invalid(
                [("body".to_string(), message(tr, &p))].into(),
            ))
        }
    }
}

/// One attachment's bytes, for whoever may see its report; the view is audited.
pub async fn view(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let Some(meta) = super::store::get(&state.db, id).await? else {
        ctx.authorize(
            &state,
            crate::auth::policy::Action::ViewReports,
            crate::auth::policy::Resource::System,
        )
        .await?;
        return Err(AppError::NotFound);
    };
    load_report(&state, &ctx, meta.report_id).await?;
    let data = super::store::data(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::audit::record_alone(
        &state.db,
        &ctx.audit_actor(),
        "view_attachment",
        "attachment",
        id,
        crate::audit::Outcome::Ok,
    )
    .await?;
    let ext = match meta.content_type.as_str() {
        "image/png" => "png",
        "application/pdf" => "pdf",
        _ => "jpg",
    };
    Ok((
        [
            (header::CONTENT_TYPE, meta.content_type.clone()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "inline; filename=\"report-{}-attachment-{id}.{ext}\"",
                    meta.report_id
                ),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        data,
    )
        .into_response())
}
