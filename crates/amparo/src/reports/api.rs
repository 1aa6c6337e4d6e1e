//! JSON API for reports: kiosks and 311 apps file with an API token and an Idempotency-Key.

use super::model::utc_to_la_local;
use super::store::{self, Report, Submitted};
use crate::app::AppState;
use crate::auth::policy::{department_scope, Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{invalid, FormData, JsonBody};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A report as a client sends it. Choices use the codes of the web form; times are UTC
/// (RFC 3339). Omitted answers mean "unknown" (or 0 for counts).
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ReportRequest {
    /// When it was seen (default: now).
    observed_at: Option<String>,
    ongoing: Option<bool>,
    /// Default: the token's department. Ignored when `facility_id` is given.
    department_id: Option<i64>,
    facility_id: Option<i64>,
    location_text: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    accuracy_m: Option<f64>,
    /// public, non_public, grounds or outside.
    area: String,
    /// ice_ero, ice_hsi, cbp, border_patrol, fbi, dea, atf, marshals, national_guard, other_federal, unknown.
    agencies: Vec<String>,
    identified_by: Option<Vec<String>>,
    agents_min: Option<i64>,
    vehicles_marked: Option<i64>,
    vehicles_unmarked: Option<i64>,
    attire: Option<String>,
    masked: Option<String>,
    id_visible: Option<String>,
    supervisor_name: Option<String>,
    supervisor_badge: Option<String>,
    /// staging, surveillance, questioning, detention, arrest, raid, checkpoint, departed, other.
    activities: Vec<String>,
    warrant: Option<String>,
    nonpublic_requested: Option<String>,
    nonpublic_granted: Option<String>,
    city_data_requested: Option<String>,
    staff_actions: Option<String>,
    lapd_present: Option<String>,
    detained_count: Option<i64>,
    minors_count: Option<i64>,
    injuries_count: Option<i64>,
    force_used: Option<String>,
    /// Free text; redacted before it is stored.
    narrative: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Removed {
    pub kind: &'static str,
    pub text: String,
}

#[derive(Serialize, ToSchema)]
pub struct ReportReceipt {
    pub id: i64,
    pub status: String,
    /// The narrative as stored, after redaction.
    pub narrative: String,
    /// What redaction removed from the narrative and staff actions (not stored).
    pub removed: Vec<Removed>,
}

/// What a machine client may leave out: "unknown" answers, the token's department, now.
pub fn defaults(ctx: &Ctx) -> FormData {
    let mut f = FormData::default();
    for field in [
        "attire",
        "masked",
        "id_visible",
        "warrant",
        "nonpublic_requested",
        "nonpublic_granted",
        "city_data_requested",
        "lapd_present",
        "force_used",
    ] {
        f.set(field, "unknown");
    }
    if let Some(d) = ctx.actor.as_ref().and_then(|a| a.department_id) {
        f.set("department_id", d.to_string());
    }
    f.set(
        "observed_at",
        utc_to_la_local(chrono::Utc::now())
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
    );
    f
}

/// The JSON body as the web form would have posted it, so both go through one validation.
fn as_form(body: &serde_json::Value, ctx: &Ctx) -> Result<FormData, AppError> {
    let obj = body
        .as_object()
        .ok_or_else(|| AppError::BadField("body".into(), "must be a JSON object".into()))?;
    let mut f = defaults(ctx);
    for (k, v) in obj {
        match (k.as_str(), v) {
            (_, serde_json::Value::Null) => {}
            ("observed_at", serde_json::Value::String(s)) => {
                let t = chrono::DateTime::parse_from_rfc3339(s)
                    .map_err(|_| invalid(&[("observed_at", "error-datetime")]))?;
                f.set(
                    "observed_at",
                    utc_to_la_local(t.with_timezone(&chrono::Utc))
                        .format("%Y-%m-%dT%H:%M")
                        .to_string(),
                );
            }
            ("ongoing", serde_json::Value::Bool(b)) => {
                f.set("ongoing", if *b { "yes" } else { "no" })
            }
            (_, serde_json::Value::Array(items)) => {
                for item in items {
                    f.push(
                        k,
                        item.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| item.to_string()),
                    );
                }
            }
            (_, serde_json::Value::String(s)) => f.set(k, s.clone()),
            (_, other) => f.set(k, other.to_string()),
        }
    }
    Ok(f)
}

/// Files a report. Send `Idempotency-Key`: a resubmission with the same key and body returns
/// the same report (200); the same key with another body is refused (422).
#[utoipa::path(post, path = "/api/v1/reports", tag = "reports",
    request_body = ReportRequest,
    params(("Idempotency-Key" = String, Header, description = "16 to 128 letters, digits, - or _, unique per report")),
    responses((status = 201, body = ReportReceipt), (status = 200, body = ReportReceipt, description = "already received"),
        (status = 400), (status = 401), (status = 422)),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    body: JsonBody,
) -> Result<(StatusCode, Json<ReportReceipt>), AppError> {
    ctx.authorize(&state, Action::FileReport, Resource::System)
        .await?;
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let value: serde_json::Value = body.parse()?;
    let mut form = as_form(&value, &ctx)?;
    form.set("idempotency_key", key.clone());
    let input = super::web::read(&state, &form)
        .await?
        .map_err(|p| invalid(&p))?;
    // serde_json keeps object keys sorted: a stable form of what was sent.
    let sent = value.to_string();
    let outcome = super::submit(
        &state.db,
        &state.events,
        &state.config,
        &ctx.audit_actor(),
        &key,
        &sent,
        &input,
    )
    .await?;
    let (status, id) = match outcome {
        Submitted::Created(id) => (StatusCode::CREATED, id),
        Submitted::Existing(id) => (StatusCode::OK, id),
        Submitted::KeyReused => {
            return Err(invalid(&[("idempotency_key", "error-idempotency-reused")]))
        }
    };
    let report = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let removed = super::redact_text(&input.narrative)
        .removed
        .into_iter()
        .chain(super::redact_text(&input.staff_actions).removed)
        .chain(super::redact_place(&input.location_text).removed)
        .map(|(k, text)| Removed {
            kind: k.as_str(),
            text,
        })
        .collect();
    Ok((
        status,
        Json(ReportReceipt {
            id,
            status: report.status,
            narrative: report.narrative,
            removed,
        }),
    ))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only reports not yet acknowledged.
    open: Option<bool>,
    /// Reports with an id below this (the next page).
    before: Option<i64>,
}

/// Reports the caller may see, newest first, 100 at a time (the read is audited).
#[utoipa::path(get, path = "/api/v1/reports", tag = "reports", params(ListParams),
    responses((status = 200, body = Vec<Report>), (status = 401), (status = 403)),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<ListParams>,
) -> Result<Json<Vec<Report>>, AppError> {
    let actor = ctx
        .authorize(&state, Action::ViewReports, Resource::System)
        .await?;
    let found = store::list(
        &state.db,
        department_scope(actor),
        p.open.unwrap_or(false),
        p.before,
        100,
    )
    .await?;
    let ids: Vec<i64> = found.iter().map(|r| r.id).collect();
    super::audit_list_read(&state.db, &ctx.audit_actor(), &ids).await?;
    Ok(Json(found))
}

/// One report (the read is audited).
#[utoipa::path(get, path = "/api/v1/reports/{id}", tag = "reports",
    params(("id" = i64, Path, description = "Report id")),
    responses((status = 200, body = Report), (status = 404)),
    security(("bearer" = [])))]
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Report>, AppError> {
    Ok(Json(super::read_web::load(&state, &ctx, id).await?))
}
