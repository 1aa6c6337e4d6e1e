//! The Mayor's Office's incident pages: list, one incident with its reports, suggested merges,
//! state changes with evidence, splits, and the full history.

use super::model::{next_states, TransitionProblem, STATES};
use super::store::{self, HistoryEntry, Incident};
use super::{Problem, Suggestion};
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::reports::read_web::local_time;
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::FormData;
use crate::web::i18n::Tr;
use crate::web::page::{ok, render, urlencode, Page};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

const PER_PAGE: i64 = 50;

pub struct Row {
    pub incident: Incident,
    pub first: String,
    pub last: String,
    pub state: String,
}

pub fn row(tr: Tr, incident: Incident) -> Row {
    Row {
        first: local_time(&incident.first_observed_at),
        last: local_time(&incident.last_observed_at),
        state: tr.t(&format!(
            "incident-state-{}",
            incident.state.replace('_', "-")
        )),
        incident,
    }
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    state: String,
    before: Option<i64>,
}

#[derive(Template)]
#[template(path = "incidents/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    states: Vec<(&'static str, String, bool)>,
    next_href: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewIncidents, Resource::System)
        .await?;
    let filter = if STATES.contains(&q.state.as_str()) {
        q.state.clone()
    } else {
        String::new()
    };
    let mut incidents = store::list(&state.db, &filter, q.before, PER_PAGE + 1).await?;
    let more = incidents.len() as i64 > PER_PAGE;
    incidents.truncate(PER_PAGE as usize);
    let next_href = match incidents.last() {
        Some(last) if more => Some(format!(
            "/incidents?state={}&before={}",
            urlencode(&filter),
            last.id
        )),
        _ => None,
    };
    let tr = ctx.tr();
    Ok(ok(&ListPage {
        page: Page::new(&ctx, tr.t("incidents-title")),
        states: STATES
            .iter()
            .map(|s| {
                (
                    *s,
                    tr.t(&format!("incident-state-{}", s.replace('_', "-"))),
                    filter == *s,
                )
            })
            .collect(),
        rows: incidents.into_iter().map(|i| row(tr, i)).collect(),
        next_href,
    }))
}

pub struct ReportRef {
    pub id: i64,
    pub heading: String,
    pub split_label: String,
    pub at: String,
}

pub struct HistoryRow {
    pub entry: HistoryEntry,
    pub at: String,
    pub change: String,
}

#[derive(Template)]
#[template(path = "incidents/show.html")]
struct ShowPage {
    page: Page,
    csrf: String,
    row: Row,
    reports: Vec<ReportRef>,
    suggestions: Vec<(Suggestion, String)>,
    next: Vec<(&'static str, String)>,
    awaiting_second: bool,
    history: Vec<HistoryRow>,
    error: Option<String>,
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    error: Option<String>,
) -> Result<ShowPage, AppError> {
    let incident = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let tr = ctx.tr();
    let suggestions = super::suggestions(&state.db, &state.config, &incident)
        .await?
        .into_iter()
        .map(|s| {
            let why = match (s.same_facility, s.metres) {
                (true, _) => tr.t("incident-why-facility"),
                (false, Some(m)) => tr.n("incident-why-metres", "metres", m.round() as i64),
                _ => String::new(),
            };
            (s, why)
        })
        .collect();
    let reports = store::report_ids(&state.db, id)
        .await?
        .into_iter()
        .map(|(r, at)| ReportRef {
            id: r,
            heading: tr.n("report-heading", "id", r),
            split_label: tr.n("incident-split-for", "id", r),
            at: local_time(&at),
        })
        .collect();
    let history = store::history(&state.db, id)
        .await?
        .into_iter()
        .map(|e| {
            let mut change = tr.t(&format!("incident-change-{}", e.change.replace(' ', "-")));
            if let Some(to) = &e.to_state {
                change.push_str(&format!(
                    " → {}",
                    tr.t(&format!("incident-state-{}", to.replace('_', "-")))
                ));
            }
            if let Some(r) = e.report_id {
                change.push_str(&format!(" ({})", tr.n("report-heading", "id", r)));
            }
            if let Some(o) = e.other_incident_id {
                change.push_str(&format!(" ({})", tr.n("incident-heading", "id", o)));
            }
            HistoryRow {
                at: local_time(&e.at),
                change,
                entry: e,
            }
        })
        .collect();
    Ok(ShowPage {
        page: Page::new(ctx, tr.n("incident-heading", "id", id)),
        csrf: ctx.csrf_for_form(),
        next: next_states(&incident.state)
            .iter()
            .map(|s| (*s, tr.t(&format!("incident-state-{}", s.replace('_', "-")))))
            .collect(),
        awaiting_second: incident.confirm_requested_by.is_some(),
        row: row(tr, incident),
        reports,
        suggestions,
        history,
        error,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewIncidents, Resource::System)
        .await?;
    let page = show_page(&state, &ctx, id, None).await?;
    crate::audit::record_alone(
        &state.db,
        &ctx.audit_actor(),
        "view_incident",
        "incident",
        id,
        crate::audit::Outcome::Ok,
    )
    .await?;
    Ok(ok(&page))
}

/// Answers a refused change with the page and the reason (422), or follows a done one.
async fn answer(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    problem: Option<Problem>,
) -> Result<Response, AppError> {
    let key = match problem {
        None => return Ok(Redirect::to(&format!("/incidents/{id}")).into_response()),
        Some(Problem::NotFound) => return Err(AppError::NotFound),
        Some(Problem::Transition(TransitionProblem::NotAllowed)) => "error-incident-transition",
        Some(Problem::Transition(TransitionProblem::SameReviewer)) => {
            "error-incident-second-reviewer"
        }
        Some(Problem::SameIncident) => "error-incident-same",
        Some(Problem::NotInIncident) => "error-incident-report",
        Some(Problem::LastReport) => "error-incident-last-report",
    };
    let page = show_page(state, ctx, id, Some(ctx.tr().t(key))).await?;
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

pub async fn transition(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageIncidents, Resource::System)
        .await?;
    let change = super::StateChange {
        to: form.get("to"),
        evidence: form.get("evidence"),
        note: form.get("note"),
    };
    let result = super::transition(
        &state.db,
        &state.events,
        &state.config,
        &ctx.audit_actor(),
        id,
        change,
    )
    .await?;
    // Moving now and waiting for a second reviewer are both done; only refusals need an answer.
    let problem = result.err();
    answer(&state, &ctx, id, problem).await
}

pub async fn merge(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageIncidents, Resource::System)
        .await?;
    let Ok(other) = form.get("other").parse::<i64>() else {
        return Err(AppError::field("other", "choose an incident to merge"));
    };
    let result = super::merge(
        &state.db,
        &state.events,
        &ctx.audit_actor(),
        id,
        other,
        form.get("note"),
    )
    .await?;
    answer(&state, &ctx, id, result.err()).await
}

pub async fn split(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageIncidents, Resource::System)
        .await?;
    let Ok(report) = form.get("report_id").parse::<i64>() else {
        return Err(AppError::field("report_id", "choose a report to split off"));
    };
    let result = super::split(
        &state.db,
        &state.events,
        &ctx.audit_actor(),
        id,
        report,
        form.get("note"),
    )
    .await?;
    answer(&state, &ctx, id, result.err()).await
}
