//! The compliance board page and its CSV.

use super::board::{self, BoardRow};
use super::store::{self, Directive};
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::FormData;
use crate::web::page::{ok, Page};
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

#[derive(Template)]
#[template(path = "plans/board.html")]
struct BoardPage {
    page: Page,
    directive: Directive,
    directives: Vec<Directive>,
    rows: Vec<BoardRow>,
    summary: String,
    sort: String,
    query: String,
    /// FOIA requests ICE is late on (the board is where MOIA looks for what is overdue).
    foia_overdue: Vec<crate::foia::web::Row>,
}

async fn board_rows(
    state: &AppState,
    raw: Option<String>,
) -> Result<(Directive, Vec<Directive>, Vec<BoardRow>, FormData), AppError> {
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let directives = store::directives(&state.db).await?;
    let directive = match q.get("directive") {
        "" => directives.first().cloned(),
        v => {
            let id: i64 = v
                .parse()
                .map_err(|_| AppError::field("directive", "choose a directive"))?;
            directives.iter().find(|d| d.id == id).cloned()
        }
    }
    .ok_or(AppError::NotFound)?;
    let mut rows = board::rows(&state.db, &directive, chrono::Utc::now()).await?;
    match q.get("deadline") {
        "" => {}
        d if ["on_time", "late", "pending", "overdue"].contains(&d) => {
            rows.retain(|r| r.deadline == d)
        }
        _ => {
            return Err(AppError::field(
                "deadline",
                "choose on_time, late, pending or overdue",
            ))
        }
    }
    board::sort(&mut rows, q.get("sort"));
    Ok((directive, directives, rows, q))
}

pub async fn board_page(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewBoard, Resource::System)
        .await?;
    let (directive, directives, rows, q) = board_rows(&state, raw).await?;
    let tr = ctx.tr();
    let approved = rows.iter().filter(|r| r.approved).count() as i64;
    Ok(ok(&BoardPage {
        page: Page::new(&ctx, tr.t("board-title")),
        summary: tr.n("board-approved", "count", approved)
            + " · "
            + &tr.n("board-departments", "count", rows.len() as i64),
        sort: q.get("sort").to_string(),
        query: format!("directive={}", directive.id),
        foia_overdue: if ctx.is_allowed(Action::ViewFoia, Resource::System) {
            crate::foia::web::overdue_rows(&state, tr).await?
        } else {
            Vec::new()
        },
        directive,
        directives,
        rows,
    }))
}

/// The board as CSV (same filter and order).
pub async fn board_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewBoard, Resource::System)
        .await?;
    let (directive, _, rows, _) = board_rows(&state, raw).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "department",
        "primary_liaison",
        "backup_liaison",
        "plan_status",
        "deadline",
        "deadline_days",
        "approved",
        "elements_met",
        "elements",
        "training_percent",
        "reports_30_days",
        "unacknowledged_reports",
    ])
    .map_err(anyhow::Error::from)?;
    for r in rows {
        w.write_record([
            crate::audit::web::csv_cell(&r.department),
            r.liaison_primary.to_string(),
            r.liaison_backup.to_string(),
            r.plan_status,
            r.deadline,
            r.deadline_days.to_string(),
            r.approved.to_string(),
            r.elements_met.map(|m| m.to_string()).unwrap_or_default(),
            r.elements.to_string(),
            r.training_percent
                .map(|t| t.to_string())
                .unwrap_or_default(),
            r.reports_30_days.to_string(),
            r.unacknowledged.to_string(),
        ])
        .map_err(anyhow::Error::from)?;
    }
    let body = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    let name = format!(
        "amparo-compliance-{}.csv",
        directive.number.replace(' ', "-")
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response())
}
