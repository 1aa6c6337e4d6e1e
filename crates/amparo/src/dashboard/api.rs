//! JSON API for the dashboard's counts and the daily briefing.

use super::briefing::{self, Briefing};
use super::model::Filter;
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{invalid, FormData};
use axum::extract::{RawQuery, State};
use axum::Json;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};

#[allow(dead_code)]
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DashboardParams {
    /// First day (YYYY-MM-DD, Los Angeles time); default 29 days before `to`.
    #[param(pattern = "^\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})?\\s*$")]
    from: Option<String>,
    /// Last day, inclusive; default today.
    #[param(pattern = "^\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})?\\s*$")]
    to: Option<String>,
    /// Department id. (Strings in the schema: an empty value, a form's blank choice, means
    /// all.)
    #[param(value_type = Option<String>, pattern = "^\\s*([1-9][0-9]{0,17})?\\s*$")]
    department: Option<i64>,
    /// Facility id.
    #[param(value_type = Option<String>, pattern = "^\\s*([1-9][0-9]{0,17})?\\s*$")]
    facility: Option<i64>,
    /// Agency code (ice_ero, ice_hsi, cbp, border_patrol, fbi, dea, atf, marshals,
    /// national_guard, other_federal, unknown).
    agency: Option<String>,
    /// Incident state.
    state: Option<String>,
    /// Council district name, from the loaded boundary file.
    district: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Named {
    pub id: i64,
    pub name: String,
    pub incidents: usize,
}

#[derive(Serialize, ToSchema)]
pub struct Day {
    pub day: String,
    pub incidents: usize,
}

#[derive(Serialize, ToSchema)]
pub struct Dashboard {
    pub from: String,
    pub to: String,
    pub incidents: usize,
    pub by_department: Vec<Named>,
    pub by_agency: BTreeMap<String, usize>,
    pub by_activity: BTreeMap<String, usize>,
    pub by_state: BTreeMap<String, usize>,
    pub by_district: BTreeMap<String, usize>,
    pub top_facilities: Vec<Named>,
    pub by_day: Vec<Day>,
}

pub fn parse_filter(raw: Option<String>) -> Result<Filter, AppError> {
    let form = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    Filter::from_query(&form, super::today()).map_err(|p| invalid(&p))
}

/// Incident counts for a filter: by department, agency, activity, state, council district,
/// facility (the most reported) and day.
#[utoipa::path(get, path = "/api/v1/dashboard", tag = "dashboard", params(DashboardParams),
    responses((status = 200, body = Dashboard), (status = 422)), security(("bearer" = [])))]
pub async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Json<Dashboard>, AppError> {
    ctx.authorize(&state, Action::ViewDashboard, Resource::System)
        .await?;
    let filter = parse_filter(raw)?;
    let o = super::overview(&state.db, &filter).await?;
    let named = |v: Vec<(i64, String, usize)>| {
        v.into_iter()
            .map(|(id, name, incidents)| Named {
                id,
                name,
                incidents,
            })
            .collect()
    };
    Ok(Json(Dashboard {
        from: filter.from.to_string(),
        to: filter.to.to_string(),
        incidents: o.counts.total,
        by_department: named(o.by_department()),
        top_facilities: named(o.top_facilities()),
        by_day: o
            .counts
            .by_day
            .iter()
            .map(|(d, n)| Day {
                day: d.to_string(),
                incidents: *n,
            })
            .collect(),
        by_agency: o.counts.by_agency,
        by_activity: o.counts.by_activity,
        by_state: o.counts.by_state,
        by_district: o.counts.by_district,
    }))
}

#[allow(dead_code)]
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BriefingParams {
    /// The day (YYYY-MM-DD, Los Angeles time); default today.
    #[param(pattern = "^\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})?\\s*$")]
    day: Option<String>,
}

/// One day's new and confirmed incidents, each with its notable facts.
#[utoipa::path(get, path = "/api/v1/briefing", tag = "dashboard", params(BriefingParams),
    responses((status = 200, body = Briefing), (status = 422)), security(("bearer" = [])))]
pub async fn briefing(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Json<Briefing>, AppError> {
    ctx.authorize(&state, Action::ViewDashboard, Resource::System)
        .await?;
    let form = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let day = super::web::parse_day(&form).map_err(|p| invalid(&p))?;
    Ok(Json(briefing::build(&state.db, day).await?))
}
