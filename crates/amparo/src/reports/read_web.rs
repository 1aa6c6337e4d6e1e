//! Reading reports: the liaison's live queue, one report's page with its attachments, and the
//! acknowledgement.

use super::model::utc_to_la_local;
use super::store::{self, Report};
use crate::app::AppState;
use crate::auth::policy::{department_scope, Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::i18n::Tr;
use crate::web::page::{ok, Page};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

const PER_PAGE: i64 = 50;

#[derive(Deserialize, Default)]
pub struct QueueQuery {
    all: Option<String>,
    before: Option<i64>,
}

pub struct Row {
    pub report: Report,
    pub observed_local: String,
    pub agencies: String,
    pub activities: String,
    pub status: String,
    pub can_acknowledge: bool,
}

/// The labels of a multiple-choice answer's codes, joined ("ICE ERO, CBP").
pub fn labels(tr: Tr, field: &str, codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| {
            tr.t(&format!(
                "report-{}-{}",
                field.replace('_', "-"),
                c.replace('_', "-")
            ))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn local_time(stored: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stored)
        .map(|t| {
            utc_to_la_local(t.with_timezone(&chrono::Utc))
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| stored.to_string())
}

fn row(ctx: &Ctx, tr: Tr, report: Report) -> Row {
    Row {
        observed_local: local_time(&report.observed_at),
        agencies: labels(tr, "agencies", &report.agencies),
        activities: labels(tr, "activities", &report.activities),
        status: tr.t(&format!("report-status-{}", report.status)),
        can_acknowledge: report.status != "acknowledged"
            && ctx.is_allowed(
                Action::AcknowledgeReport,
                Resource::Department(report.department_id),
            ),
        report,
    }
}

#[derive(Template)]
#[template(path = "reports/queue.html")]
struct QueuePage {
    page: Page,
    csrf: String,
    rows: Vec<Row>,
    showing_all: bool,
    next_href: Option<String>,
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<QueueQuery>,
) -> Result<Response, AppError> {
    let actor = ctx
        .authorize(&state, Action::ViewReports, Resource::System)
        .await?;
    let showing_all = q.all.is_some();
    let mut reports = store::list(
        &state.db,
        department_scope(actor),
        !showing_all,
        q.before,
        PER_PAGE + 1,
    )
    .await?;
    let more = reports.len() as i64 > PER_PAGE;
    reports.truncate(PER_PAGE as usize);
    let next_href = match reports.last() {
        Some(last) if more => Some(format!(
            "/reports?{}before={}",
            if showing_all { "all=1&" } else { "" },
            last.id
        )),
        _ => None,
    };
    let tr = ctx.tr();
    Ok(ok(&QueuePage {
        page: Page::new(&ctx, tr.t("queue-title")),
        csrf: ctx.csrf_for_form(),
        rows: reports.into_iter().map(|r| row(&ctx, tr, r)).collect(),
        showing_all,
        next_href,
    }))
}

pub struct Answer {
    pub question: String,
    pub answer: String,
}

#[derive(Template)]
#[template(path = "reports/show.html")]
pub struct ShowPage {
    page: Page,
    csrf: String,
    row: Row,
    answers: Vec<Answer>,
    received: bool,
    attachments: Vec<crate::attachments::store::Attachment>,
    attach_error: Option<String>,
    can_attach: bool,
    /// A legal hold: who set it and when (a sentence), and why.
    hold: Option<(String, String)>,
    purged_at: Option<String>,
    can_hold: bool,
    retention_days: i64,
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    notice: Option<String>,
}

/// The report, after the policy agreed; the read itself is audited.
pub async fn load(state: &AppState, ctx: &Ctx, id: i64) -> Result<Report, AppError> {
    let Some(report) = store::get(&state.db, id).await? else {
        ctx.authorize(state, Action::ViewReports, Resource::System)
            .await?;
        return Err(AppError::NotFound);
    };
    let filed_by_actor = ctx
        .actor
        .as_ref()
        .is_some_and(|a| a.audit_id() == report.reporter);
    let resource = Resource::Report {
        id,
        department: report.department_id,
        filed_by_actor,
    };
    ctx.authorize(state, Action::ViewReport, resource).await?;
    crate::audit::record_alone(
        &state.db,
        &ctx.audit_actor(),
        "view_report",
        "report",
        id,
        crate::audit::Outcome::Ok,
    )
    .await?;
    Ok(report)
}

fn answers(tr: Tr, r: &Report) -> Vec<Answer> {
    let one = |field: &str, code: &str| {
        tr.t(&format!(
            "report-{}-{}",
            field.replace('_', "-"),
            code.replace('_', "-")
        ))
    };
    let count = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_else(|| tr.t("unknown"));
    let mut out = vec![
        ("report-area", one("area", &r.area)),
        ("report-agencies", labels(tr, "agencies", &r.agencies)),
        (
            "report-identified-by",
            labels(tr, "identified_by", &r.identified_by),
        ),
        ("report-agents-min", count(r.agents_min)),
        ("report-vehicles-marked", count(r.vehicles_marked)),
        ("report-vehicles-unmarked", count(r.vehicles_unmarked)),
        ("report-attire", one("attire", &r.attire)),
        ("report-masked", one("masked", &r.masked)),
        ("report-id-visible", one("id_visible", &r.id_visible)),
        ("report-activities", labels(tr, "activities", &r.activities)),
        ("report-warrant", one("warrant", &r.warrant)),
        (
            "report-nonpublic-requested",
            one("nonpublic_requested", &r.nonpublic_requested),
        ),
        (
            "report-nonpublic-granted",
            one("nonpublic_granted", &r.nonpublic_granted),
        ),
        (
            "report-city-data-requested",
            one("city_data_requested", &r.city_data_requested),
        ),
        ("report-lapd-present", one("lapd_present", &r.lapd_present)),
        ("report-detained-count", r.detained_count.to_string()),
        ("report-minors-count", r.minors_count.to_string()),
        ("report-injuries-count", r.injuries_count.to_string()),
        ("report-force-used", one("force_used", &r.force_used)),
    ];
    if !r.supervisor_name.is_empty() || !r.supervisor_badge.is_empty() {
        out.push((
            "report-supervisor",
            format!("{} {}", r.supervisor_name, r.supervisor_badge)
                .trim()
                .to_string(),
        ));
    }
    if !r.staff_actions.is_empty() {
        out.push(("report-staff-actions", r.staff_actions.clone()));
    }
    out.into_iter()
        .map(|(q, a)| Answer {
            question: tr.t(q),
            answer: a,
        })
        .collect()
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, AppError> {
    Ok(ok(
        &show_page(&state, &ctx, id, None, q.notice.as_deref()).await?
    ))
}

/// A report's page, with its attachments and, after a failed upload, why it failed.
pub async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    attach_error: Option<String>,
    notice: Option<&str>,
) -> Result<ShowPage, AppError> {
    let report = load(state, ctx, id).await?;
    let tr = ctx.tr();
    let retention = crate::retention::store::status(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ShowPage {
        can_hold: ctx.is_allowed(Action::ManageRetention, Resource::System),
        retention_days: state.config.retention.report_text_days,
        hold: retention.hold.map(|(reason, by, at)| {
            let date = at.get(..10).unwrap_or_default();
            (tr.t2("retention-held", ("date", date), ("by", &by)), reason)
        }),
        // Whoever may see a report may add a photo of what it describes, until it is purged.
        can_attach: ctx.actor.as_ref().is_some_and(|a| a.user_id().is_some())
            && retention.purged_at.is_none(),
        purged_at: retention.purged_at,
        page: Page::new(ctx, tr.n("report-heading", "id", id))
            .with_notice(notice.filter(|n| *n == "saved")),
        csrf: ctx.csrf_for_form(),
        answers: answers(tr, &report),
        received: notice == Some("received"),
        attachments: crate::attachments::store::for_report(&state.db, id).await?,
        attach_error,
        row: row(ctx, tr, report),
    })
}

pub async fn acknowledge(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let report = load(&state, &ctx, id).await?;
    ctx.authorize(
        &state,
        Action::AcknowledgeReport,
        Resource::Department(report.department_id),
    )
    .await?;
    super::acknowledge(
        &state.db,
        &state.events,
        &ctx.audit_actor(),
        id,
        report.department_id,
    )
    .await?;
    Ok(Redirect::to(&format!("/reports/{id}")).into_response())
}
