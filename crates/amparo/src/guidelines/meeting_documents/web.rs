//! Meeting documents on the web: the chair attaches (multipart; the CSRF token is in the
//! action URL) and withdraws them; members download them, each download audited.

use super::store;
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::guidelines::web::{may_schedule, meeting_with_document_errors};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormErrors, Upload};
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};

/// Room for the multipart framing around the largest document.
pub const BODY_LIMIT: usize = super::MAX_BYTES + 64 * 1024;

/// `POST /wg/meetings/{id}/documents`
pub async fn attach(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(meeting): Path<i64>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    may_schedule(&state, &ctx).await?;
    crate::guidelines::store::meeting_by_id(&state.db, meeting)
        .await?
        .ok_or(AppError::NotFound)?;
    let upload = Upload::read(multipart).await?;
    let bytes = upload.file.unwrap_or_default();
    let title = upload.fields.get("doc_title").to_string();
    match super::add(&state.db, &ctx.audit_actor(), meeting, &title, &bytes).await? {
        Ok(_) => Ok(
            Redirect::to(&format!("/wg/meetings/{meeting}?notice=saved#documents")).into_response(),
        ),
        Err(problems) => {
            let errors = FormErrors::from_problems(ctx.tr(), &problems);
            meeting_with_document_errors(&state, &ctx, meeting, upload.fields, errors).await
        }
    }
}

async fn document(state: &AppState, id: i64) -> Result<store::Document, AppError> {
    store::get(&state.db, id).await?.ok_or(AppError::NotFound)
}

/// `POST /wg/meeting-documents/{id}/withdraw`: the document stays, marked withdrawn.
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    may_schedule(&state, &ctx).await?;
    let d = document(&state, id).await?;
    if !super::withdraw(&state.db, &ctx.audit_actor(), id).await? {
        return Err(AppError::field(
            "document",
            "this document was already withdrawn",
        ));
    }
    Ok(Redirect::to(&format!(
        "/wg/meetings/{}?notice=saved#documents",
        d.meeting_id
    ))
    .into_response())
}

/// `GET /wg/meeting-documents/{id}`: the file, as a download, for the group.
pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewWorkingGroup, Resource::System)
        .await?;
    let d = document(&state, id).await?;
    let data = store::data(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::audit::record_alone(
        &state.db,
        &ctx.audit_actor(),
        "download_meeting_document",
        "wg_meeting_document",
        id,
        crate::audit::Outcome::Ok,
    )
    .await?;
    let name = format!(
        "meeting-{}-document-{id}.{}",
        d.meeting_id,
        super::extension(&d.content_type)
    );
    Ok((
        [
            (header::CONTENT_TYPE, d.content_type),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        data,
    )
        .into_response())
}
