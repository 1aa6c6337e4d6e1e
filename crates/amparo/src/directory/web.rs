//! Directory administration: importing a data package (the CSV files and datapackage.json,
//! several files in one form, or HSDS JSON through the API) with a per-row error report,
//! and exporting the whole directory as a data package.

use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::BTreeMap;

/// Largest package accepted in one upload.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

#[derive(Template)]
#[template(path = "directory/import.html")]
struct ImportPage {
    page: Page,
    csrf: String,
    records: i64,
    problems: Vec<String>,
    files: Vec<String>,
}

async fn import_page(
    state: &AppState,
    ctx: &Ctx,
    problems: Vec<String>,
    notice: Option<&str>,
) -> Result<ImportPage, AppError> {
    let tr = ctx.tr();
    Ok(ImportPage {
        page: Page::new(ctx, tr.t("directory-import-title")).with_notice(notice),
        csrf: ctx.csrf_for_form(),
        records: super::store::count(&state.db).await?,
        problems,
        files: hsds::hsds3()
            .resources
            .iter()
            .map(|r| r.path.clone())
            .collect(),
    })
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDirectory, Resource::System)
        .await?;
    Ok(ok(&import_page(&state, &ctx, Vec::new(), None).await?))
}

/// Every uploaded file of a multipart form, by its file name (without folders).
async fn files(
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<BTreeMap<String, Vec<u8>>, AppError> {
    let bad = |text: String| AppError::BadRequest(text);
    let mut multipart = multipart.map_err(|e| bad(e.body_text()))?;
    let mut out = BTreeMap::new();
    let mut total = 0usize;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| bad(e.body_text()))?
    {
        let Some(name) = field
            .file_name()
            .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).to_string())
        else {
            continue;
        };
        let bytes = field.bytes().await.map_err(|e| bad(e.body_text()))?;
        total += bytes.len();
        if total > MAX_BYTES {
            return Err(AppError::field("files", "the package is larger than 50 MB"));
        }
        if !name.is_empty() && !bytes.is_empty() {
            out.insert(name, bytes.to_vec());
        }
    }
    Ok(out)
}

/// `POST /directory/import`: the package's files, several in one form.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDirectory, Resource::System)
        .await?;
    let files = files(multipart).await?;
    let problems = if files.is_empty() {
        vec![ctx.tr().t("directory-import-none")]
    } else {
        match super::import_csv(&state.db, &ctx.audit_actor(), &files, false).await? {
            Ok(_) => return Ok(Redirect::to("/directory/import?notice=saved").into_response()),
            Err(p) => p.iter().map(ToString::to_string).collect(),
        }
    };
    let page = import_page(&state, &ctx, problems, None).await?;
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

/// `POST /api/v1/directory/import`: HSDS JSON, `{ "<resource>": [records…] }`.
#[utoipa::path(post, path = "/api/v1/directory/import", tag = "directory",
    request_body(content = serde_json::Value, description = "HSDS 3.0 records by resource name: { \"organization\": [ {…} ], \"service\": [ … ] }"),
    responses(
        (status = 200, description = "Imported: { \"imported\": number of records }"),
        (status = 422, description = "Nothing imported; every problem by resource, record and field"),
    ),
    security(("bearer" = [])))]
pub async fn api_import(
    State(state): State<AppState>,
    ctx: Ctx,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageDirectory, Resource::System)
        .await?;
    let value: serde_json::Value = serde_json::from_slice(&body)
        .map_err(|e| AppError::field("body", &format!("is not JSON: {e}")))?;
    match super::import_json(&state.db, &ctx.audit_actor(), &value).await? {
        Ok(n) => Ok(axum::Json(serde_json::json!({ "imported": n })).into_response()),
        Err(problems) => {
            let list: Vec<serde_json::Value> = problems
                .iter()
                .map(|p| {
                    serde_json::json!({
                        "file": p.file, "line": p.line, "field": p.field, "message": p.message
                    })
                })
                .collect();
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                axum::Json(serde_json::json!({
                    "error": "the package was not imported",
                    "fields": { "body": format!("{} problem(s); nothing was imported", list.len()) },
                    "problems": list,
                })),
            )
                .into_response())
        }
    }
}

/// `GET /hsds/export/{file}`: one file of the directory as a data package (each CSV, and
/// datapackage.json).
pub async fn export(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let pkg = hsds::hsds3();
    let data = super::store::dataset(&state.db).await?;
    let mut files = hsds::export_csv(pkg, &data);
    let body = files.remove(&file).ok_or(AppError::NotFound)?;
    let kind = if file.ends_with(".json") {
        "application/json"
    } else {
        "text/csv; charset=utf-8"
    };
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "public, max-age=60"),
        ],
        body,
    )
        .into_response())
}
