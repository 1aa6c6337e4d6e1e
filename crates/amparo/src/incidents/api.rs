//! JSON API for incidents (the Mayor's Office's view).

use super::store::{self, HistoryEntry, Incident};
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::invalid;
use axum::extract::{Path, Query, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// new, acknowledged, verifying, confirmed, unconfirmed, false_alarm, duplicate or closed.
    #[param(
        pattern = "^\\s*(new|acknowledged|verifying|confirmed|unconfirmed|false_alarm|duplicate|closed)?\\s*$"
    )]
    state: Option<String>,
    /// Incidents with an id below this (the next page).
    before: Option<i64>,
}

/// Incidents, newest first, 100 at a time.
#[utoipa::path(get, path = "/api/v1/incidents", tag = "incidents", params(ListParams),
    responses((status = 200, body = Vec<Incident>), (status = 401), (status = 403), (status = 422)),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<ListParams>,
) -> Result<Json<Vec<Incident>>, AppError> {
    ctx.authorize(&state, Action::ViewIncidents, Resource::System)
        .await?;
    let filter = p.state.unwrap_or_default();
    if !filter.is_empty() && !super::model::STATES.contains(&filter.as_str()) {
        return Err(invalid(&[("state", "error-choose")]));
    }
    Ok(Json(store::list(&state.db, &filter, p.before, 100).await?))
}

#[derive(Serialize, ToSchema)]
pub struct IncidentDetail {
    pub incident: Incident,
    /// Ids of the reports grouped in it.
    pub reports: Vec<i64>,
    /// Every change, oldest first.
    pub history: Vec<HistoryEntry>,
}

/// One incident with its reports and full history (the read is audited).
#[utoipa::path(get, path = "/api/v1/incidents/{id}", tag = "incidents",
    params(("id" = i64, Path, description = "Incident id")),
    responses((status = 200, body = IncidentDetail), (status = 404)),
    security(("bearer" = [])))]
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<IncidentDetail>, AppError> {
    ctx.authorize(&state, Action::ViewIncidents, Resource::System)
        .await?;
    let incident = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    crate::audit::record_alone(
        &state.db,
        &ctx.audit_actor(),
        "view_incident",
        "incident",
        id,
        crate::audit::Outcome::Ok,
    )
    .await?;
    Ok(Json(IncidentDetail {
        reports: store::report_ids(&state.db, id)
            .await?
            .into_iter()
            .map(|(r, _)| r)
            .collect(),
        history: store::history(&state.db, id).await?,
        incident,
    }))
}
