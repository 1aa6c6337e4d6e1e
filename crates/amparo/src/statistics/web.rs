//! The public statistics page, its CSV and JSON, and the grid map data. No sign-in.

use super::model::{By, DEFAULT_WEEKS, MAX_WEEKS};
use super::Published;
use crate::app::AppState;
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{invalid, FormData};
use crate::web::page::{ok, Page};
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use disclosure::Cell;

/// Marks a withheld number in CSV and JSON consumers' eyes alike.
pub const WITHHELD: &str = "suppressed";

struct Params {
    by: By,
    weeks: i64,
}

fn params(raw: Option<String>) -> Result<Params, AppError> {
    let f = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let by = By::parse(f.get("by")).ok_or_else(|| invalid(&[("by", "error-choose")]))?;
    let weeks = match f.get("weeks") {
        "" => DEFAULT_WEEKS,
        v => v
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=MAX_WEEKS).contains(n))
            .ok_or_else(|| invalid(&[("weeks", "error-weeks")]))?,
    };
    Ok(Params { by, weeks })
}

fn cell(c: &Cell) -> String {
    c.count()
        .map_or_else(|| WITHHELD.to_string(), |n| n.to_string())
}

pub struct RowView {
    pub name: String,
    pub cells: Vec<Option<u64>>,
    pub total: Option<u64>,
}

fn rows(p: &Published) -> Vec<RowView> {
    let t = &p.table;
    t.rows
        .iter()
        .zip(t.cells.iter().zip(t.row_totals.iter()))
        .map(|(name, (cells, total))| RowView {
            name: name.clone(),
            cells: cells.iter().map(|c| c.count()).collect(),
            total: total.count(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "statistics/page.html")]
struct StatsPage {
    page: Page,
    by: &'static str,
    weeks_value: String,
    as_of: String,
    week_labels: Vec<String>,
    rows: Vec<RowView>,
    totals: RowView,
    no_districts: bool,
    query: String,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let p = params(raw)?;
    let published = super::build(&state.db, p.by, p.weeks, chrono::Utc::now()).await?;
    let tr = ctx.tr();
    let t = &published.table;
    let page = StatsPage {
        page: Page::new(&ctx, tr.t("stats-title")),
        by: p.by.as_str(),
        weeks_value: p.weeks.to_string(),
        as_of: crate::reports::read_web::local_time(&crate::db::timestamp(published.as_of)),
        week_labels: published
            .weeks
            .iter()
            .map(|w| w.format("%b %-d").to_string())
            .collect(),
        rows: rows(&published),
        totals: RowView {
            name: tr.t("stats-total"),
            cells: t.col_totals.iter().map(|c| c.count()).collect(),
            total: t.total.count(),
        },
        no_districts: p.by == By::District && t.rows.is_empty(),
        query: format!("by={}&weeks={}", p.by.as_str(), p.weeks),
    };
    Ok(ok(&page))
}

/// The table as CSV: one line per department or district, one column per week, totals last.
pub async fn csv(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let p = params(raw)?;
    let published = super::build(&state.db, p.by, p.weeks, chrono::Utc::now()).await?;
    let t = &published.table;
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut head = vec![p.by.as_str().to_string()];
    head.extend(published.weeks.iter().map(|w| format!("week_of_{w}")));
    head.push("total".into());
    w.write_record(&head).map_err(anyhow::Error::from)?;
    for (name, (cells, total)) in t.rows.iter().zip(t.cells.iter().zip(t.row_totals.iter())) {
        let mut line = vec![crate::audit::web::csv_cell(name)];
        line.extend(cells.iter().map(cell));
        line.push(cell(total));
        w.write_record(&line).map_err(anyhow::Error::from)?;
    }
    let mut last = vec!["total".to_string()];
    last.extend(t.col_totals.iter().map(cell));
    last.push(cell(&t.total));
    w.write_record(&last).map_err(anyhow::Error::from)?;
    let body = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    let name = format!("amparo-statistics-by-{}.csv", p.by.as_str());
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

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct StatsRow {
    pub name: String,
    /// One count per week; null where withheld.
    pub counts: Vec<Option<u64>>,
    pub total: Option<u64>,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Statistics {
    /// "department" or "district".
    pub by: String,
    /// Only incidents observed and recorded before this instant are counted (24 hours ago).
    pub as_of: String,
    /// The Monday of each week, Los Angeles time.
    pub weeks: Vec<String>,
    pub rows: Vec<StatsRow>,
    pub week_totals: Vec<Option<u64>>,
    pub total: Option<u64>,
    pub note: String,
}

#[allow(dead_code)]
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatsParams {
    /// "department" (default) or "district".
    #[param(pattern = "^\\s*(department|district)?\\s*$")]
    by: Option<String>,
    /// Weeks to cover, ending with the current one: 1 to 104, default 12.
    // A string in the schema because an empty value (a form's blank field) means the default.
    #[param(value_type = Option<String>, pattern = "^\\s*([1-9]|[1-9][0-9]|10[0-4])?\\s*$")]
    weeks: Option<i64>,
}

/// Public weekly incident counts by department or council district (no sign-in). Counts from
/// 1 to 10, and any others that would let one be worked out from the totals, are null.
#[utoipa::path(get, path = "/api/v1/statistics", tag = "public", params(StatsParams),
    responses((status = 200, body = Statistics), (status = 422)))]
pub async fn api(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Statistics>, AppError> {
    let p = params(raw)?;
    let published = super::build(&state.db, p.by, p.weeks, chrono::Utc::now()).await?;
    let t = published.table;
    Ok(Json(Statistics {
        by: p.by.as_str().into(),
        as_of: crate::db::timestamp(published.as_of),
        weeks: published.weeks.iter().map(|w| w.to_string()).collect(),
        rows: t
            .rows
            .into_iter()
            .zip(t.cells.into_iter().zip(t.row_totals))
            .map(|(name, (cells, total))| StatsRow {
                name,
                counts: cells.into_iter().map(Cell::count).collect(),
                total: total.count(),
            })
            .collect(),
        week_totals: t.col_totals.into_iter().map(Cell::count).collect(),
        total: t.total.count(),
        note: "Incidents other than false alarms and duplicates, by the week they began. Null: withheld (1 to 10, or needed to keep another withheld count from being worked out).".into(),
    }))
}

/// Incidents per ~500 m grid cell (cell centres, never the reported point), as GeoJSON.
pub async fn grid(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let p = params(raw)?;
    let (centres, table) = super::grid(&state.db, p.weeks, chrono::Utc::now()).await?;
    let counts = table.cells.first().cloned().unwrap_or_default();
    let features: Vec<serde_json::Value> = centres
        .iter()
        .zip(counts.iter())
        .map(|((lat, lon), c)| {
            serde_json::json!({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {"incidents": c.count(), "withheld": c.count().is_none()},
            })
        })
        .collect();
    let body = serde_json::json!({
        "type": "FeatureCollection",
        "grid_m": super::model::GRID_M,
        "total": table.total.count(),
        "features": features,
    });
    Ok((
        [(header::CONTENT_TYPE, "application/geo+json")],
        body.to_string(),
    )
        .into_response())
}
