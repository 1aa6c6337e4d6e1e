//! Export downloads, with the dashboard's filter; each download is audited.

use super::{spawn, Kind};
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use tokio_stream::wrappers::ReceiverStream;

async fn download(
    state: AppState,
    ctx: Ctx,
    raw: Option<String>,
    kind: Kind,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ExportReports, Resource::System)
        .await?;
    let filter = crate::dashboard::api::parse_filter(raw)?;
    let query = filter.query();
    crate::audit::record_alone(
        &state.db,
        &ctx.audit_actor(),
        match kind {
            Kind::Csv => "export_reports_csv",
            Kind::GeoJson => "export_reports_geojson",
        },
        "reports",
        &query,
        crate::audit::Outcome::Ok,
    )
    .await?;
    let (content_type, ext) = match kind {
        Kind::Csv => ("text/csv; charset=utf-8", "csv"),
        Kind::GeoJson => ("application/geo+json", "geojson"),
    };
    let name = format!("amparo-reports-{}-to-{}.{ext}", filter.from, filter.to);
    let body = Body::from_stream(ReceiverStream::new(spawn(state.db.clone(), filter, kind)));
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response())
}

/// Reports matching the dashboard filter as CSV, one line per report, oldest first.
#[utoipa::path(get, path = "/exports/reports.csv", tag = "exports",
    params(crate::dashboard::api::DashboardParams),
    responses((status = 200, content_type = "text/csv"), (status = 422)), security(("bearer" = [])))]
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    download(state, ctx, raw, Kind::Csv).await
}

/// Reports matching the dashboard filter as a GeoJSON FeatureCollection (null geometry when
/// a report has no coordinates).
#[utoipa::path(get, path = "/exports/reports.geojson", tag = "exports",
    params(crate::dashboard::api::DashboardParams),
    responses((status = 200, content_type = "application/geo+json"), (status = 422)), security(("bearer" = [])))]
pub async fn geojson(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    download(state, ctx, raw, Kind::GeoJson).await
}
