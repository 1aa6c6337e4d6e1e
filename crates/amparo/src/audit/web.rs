//! The auditor's view: browse with filters, export as CSV.

use super::model::AuditEntry;
use super::store::{self, Filter};
use super::Outcome;
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::page::{ok, urlencode, Page};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

const PER_PAGE: i64 = 50;
/// An export is bounded so one click cannot tie up the server; filter to narrow it.
const EXPORT_LIMIT: i64 = 100_000;

#[derive(Template)]
#[template(path = "audit/list.html")]
struct ListPage {
    page: Page,
    filter: Filter,
    entries: Vec<AuditEntry>,
    next_href: Option<String>,
    export_href: String,
    outcomes: Vec<(&'static str, bool)>,
    date_error: bool,
}

fn query_string(f: &Filter) -> String {
    let mut parts = Vec::new();
    for (k, v) in [
        ("actor", &f.actor),
        ("action", &f.action),
        ("object_type", &f.object_type),
        ("object_id", &f.object_id),
        ("outcome", &f.outcome),
        ("from", &f.from),
        ("to", &f.to),
    ] {
        if !v.is_empty() {
            parts.push(format!("{k}={}", urlencode(v)));
        }
    }
    parts.join("&")
}

fn valid_date(s: &str) -> bool {
    s.is_empty() || chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

fn clean(mut f: Filter) -> (Filter, bool) {
    for v in [
        &mut f.actor,
        &mut f.action,
        &mut f.object_type,
        &mut f.object_id,
        &mut f.outcome,
        &mut f.from,
        &mut f.to,
    ] {
        *v = v.trim().to_string();
    }
    let ok = valid_date(&f.from) && valid_date(&f.to);
    if !ok {
        f.from.clear();
        f.to.clear();
    }
    (f, !ok)
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ReadAudit, Resource::System)
        .await?;
    let (filter, date_error) = clean(filter);
    let mut entries = store::search(&state.db, &filter, PER_PAGE + 1).await?;
    let more = entries.len() as i64 > PER_PAGE;
    entries.truncate(PER_PAGE as usize);
    let qs = query_string(&filter);
    let next_href = match entries.last() {
        Some(last) if more => Some(format!(
            "/audit?{qs}{}before={}",
            if qs.is_empty() { "" } else { "&" },
            last.seq
        )),
        _ => None,
    };
    let outcomes = ["ok", "denied", "error"]
        .into_iter()
        .map(|o| (o, filter.outcome == o))
        .collect();
    Ok(ok(&ListPage {
        page: Page::new(&ctx, ctx.tr().t("audit-title")),
        export_href: format!("/audit/export.csv?{qs}"),
        outcomes,
        filter,
        entries,
        next_href,
        date_error,
    }))
}

/// Spreadsheet programs run cells that start with these; prefix them so they stay text.
pub fn csv_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ExportAudit, Resource::System)
        .await?;
    let (mut filter, date_error) = clean(filter);
    if date_error {
        return Err(AppError::field("from", "dates must be YYYY-MM-DD"));
    }
    filter.before = None;
    let entries = store::search(&state.db, &filter, EXPORT_LIMIT).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "seq",
        "at",
        "actor",
        "role",
        "department",
        "action",
        "object_type",
        "object_id",
        "outcome",
        "request_id",
        "prev_hash",
        "hash",
    ])
    .map_err(anyhow::Error::from)?;
    for e in entries.iter().rev() {
        w.write_record([
            e.seq.to_string(),
            csv_cell(&e.at),
            csv_cell(&e.actor),
            csv_cell(&e.role),
            csv_cell(&e.department),
            csv_cell(&e.action),
            csv_cell(&e.object_type),
            csv_cell(&e.object_id),
            csv_cell(&e.outcome),
            csv_cell(&e.request_id),
            e.prev_hash.clone(),
            e.hash.clone(),
        ])
        .map_err(anyhow::Error::from)?;
    }
    let body = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    super::record_alone(
        &state.db,
        &ctx.audit_actor(),
        "export_audit",
        "audit_log",
        entries.len(),
        Outcome::Ok,
    )
    .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"amparo-audit.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    #[test]
    fn formula_cells_are_defused() {
        assert_eq!(super::csv_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(super::csv_cell("@x"), "'@x");
        assert_eq!(super::csv_cell("user:1"), "user:1");
    }
}
