//! The analysis page (charts with their numbers in tables beside them) and every table as CSV.

use super::analysis::{self, Filter};
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::FormData;
use crate::web::i18n::Tr;
use crate::web::page::{ok, Page};
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// Rows shown per category table; the rest are summed into one "all others" row.
const TOP: usize = 25;

/// The category tables, by dimension, in page order.
pub const TABLES: &[&str] = &[
    "method",
    "criminality",
    "method_criminality",
    "county",
    "aor",
    "site",
    "charge",
    "citizenship",
];

pub struct Table {
    pub id: &'static str,
    pub title: String,
    pub chart: String,
    /// (label, count, share of the table's total in percent)
    pub rows: Vec<(String, i64, String)>,
}

fn code_label(tr: Tr, dimension: &str, value: &str) -> String {
    match dimension {
        "method" | "criminality" => tr.t(&format!("foia-{dimension}-{}", value.replace('_', "-"))),
        "method_criminality" => {
            let (m, c) = value.split_once('|').unwrap_or((value, ""));
            format!(
                "{} · {}",
                code_label(tr, "method", m),
                code_label(tr, "criminality", c)
            )
        }
        _ if value.is_empty() => tr.t("foia-not-given"),
        _ => value.to_string(),
    }
}

/// One category table's (label, count) rows.
pub async fn table_rows(
    state: &AppState,
    tr: Tr,
    f: &Filter,
    id: &str,
) -> Result<Vec<(String, i64)>, AppError> {
    let label = |v: Option<String>, dim: &str| match v {
        Some(v) => code_label(tr, dim, &v),
        None => tr.t("foia-all-others"),
    };
    Ok(match id {
        "method" | "criminality" => {
            let mut sums: std::collections::BTreeMap<String, i64> = Default::default();
            for (m, c, n) in analysis::method_by_criminality(&state.db, f).await? {
                *sums.entry(if id == "method" { m } else { c }).or_insert(0) += n;
            }
            let mut v: Vec<(String, i64)> = sums
                .into_iter()
                .map(|(k, n)| (code_label(tr, id, &k), n))
                .collect();
            v.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
            v
        }
        _ => analysis::by(&state.db, f, id, TOP)
            .await?
            .into_iter()
            .map(|(v, n)| (label(v, id), n))
            .collect(),
    })
}

fn table(tr: Tr, id: &'static str, rows: Vec<(String, i64)>) -> Table {
    let title = tr.t(&format!("foia-by-{}", id.replace('_', "-")));
    let total: i64 = rows.iter().map(|(_, n)| n).sum::<i64>().max(1);
    let chart = super::charts::hbars(&rows, id, &title);
    Table {
        id,
        chart,
        title,
        rows: rows
            .into_iter()
            .map(|(l, n)| {
                let share = format!("{:.1}", 100.0 * n as f64 / total as f64);
                (l, n, share)
            })
            .collect(),
    }
}

pub struct GroundRow {
    pub day: String,
    pub arrests: i64,
    pub incidents: i64,
    pub both: bool,
}

#[derive(Template)]
#[template(path = "foia/analysis.html")]
struct AnalysisPage {
    page: Page,
    q: FormData,
    query: String,
    records: i64,
    withheld: i64,
    productions: i64,
    time_chart: String,
    time_rows: Vec<(String, i64)>,
    undated: i64,
    tables: Vec<Table>,
    ground: Vec<GroundRow>,
    ground_both: usize,
    identifiers: Vec<(String, String, i64)>,
}

fn id_label(tr: Tr, question: &str, answer: &str) -> (String, String) {
    let q = tr.t(&format!("foia-ident-{}", question.replace('_', "-")));
    let a = match question {
        "masked" | "id_visible" | "identified_by" => tr.t(&format!(
            "report-{}-{}",
            question.replace('_', "-"),
            answer.replace('_', "-")
        )),
        _ => tr.t(&format!("foia-answer-{answer}")),
    };
    (q, a)
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewFoia, Resource::System)
        .await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let f = Filter::from_query(&q)?;
    let tr = ctx.tr();
    let (records, withheld, productions) = analysis::totals(&state.db).await?;
    let (time_rows, undated) = analysis::over_time(&state.db, &f).await?;
    let title = tr.t("foia-over-time");
    let summary = tr.n(
        "foia-over-time-summary",
        "count",
        time_rows.iter().map(|(_, n)| n).sum::<i64>(),
    );
    let bars: Vec<(String, String, usize)> = time_rows
        .iter()
        .map(|(k, n)| (k.clone(), k.clone(), usize::try_from(*n).unwrap_or(0)))
        .collect();
    let mut tables = Vec::new();
    for id in TABLES {
        tables.push(table(tr, id, table_rows(&state, tr, &f, id).await?));
    }
    let ground: Vec<GroundRow> = analysis::city_ground(&state.db, &f)
        .await?
        .into_iter()
        .map(|(d, a, i)| GroundRow {
            day: d.to_string(),
            arrests: a,
            incidents: i,
            both: a > 0 && i > 0,
        })
        .collect();
    let identifiers = analysis::identifiers(&state.db, &f)
        .await?
        .into_iter()
        .map(|(question, answer, n)| {
            let (q, a) = id_label(tr, question, &answer);
            (q, a, n)
        })
        .collect();
    Ok(ok(&AnalysisPage {
        page: Page::new(&ctx, tr.t("foia-analysis-title")),
        query: q.query_string(),
        time_chart: crate::dashboard::timeline::bars(&bars, "time", &title, &summary),
        q,
        records,
        withheld,
        productions,
        time_rows,
        undated,
        tables,
        ground_both: ground.iter().filter(|g| g.both).count(),
        ground,
        identifiers,
    }))
}

fn csv_line(cells: &[String]) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|c| {
            let c = crate::audit::web::csv_cell(c);
            format!("\"{}\"", c.replace('"', "\"\""))
        })
        .collect();
    quoted.join(",") + "\r\n"
}

/// `GET /foia/analysis.csv?table=…`: one table of the page, with the page's filters.
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewFoia, Resource::System)
        .await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let f = Filter::from_query(&q)?;
    let tr = ctx.tr();
    let name = q.get("table");
    let mut out = String::new();
    match name {
        "over_time" => {
            out.push_str(&csv_line(&["period".into(), "arrests".into()]));
            for (k, n) in analysis::over_time(&state.db, &f).await?.0 {
                out.push_str(&csv_line(&[k, n.to_string()]));
            }
        }
        "city_ground" => {
            out.push_str(&csv_line(&[
                "day".into(),
                "ice_arrests_la_county".into(),
                "city_confirmed_incidents".into(),
            ]));
            for (d, a, i) in analysis::city_ground(&state.db, &f).await? {
                out.push_str(&csv_line(&[d.to_string(), a.to_string(), i.to_string()]));
            }
        }
        "identifiers" => {
            out.push_str(&csv_line(&[
                "question".into(),
                "answer".into(),
                "reports".into(),
            ]));
            for (question, answer, n) in analysis::identifiers(&state.db, &f).await? {
                out.push_str(&csv_line(&[question.into(), answer, n.to_string()]));
            }
        }
        t if TABLES.contains(&t) => {
            out.push_str(&csv_line(&[t.into(), "arrests".into()]));
            for (label, n) in table_rows(&state, tr, &f, t).await? {
                out.push_str(&csv_line(&[label, n.to_string()]));
            }
        }
        _ => {
            return Err(AppError::field(
                "table",
                "must be over_time, city_ground, identifiers or a category table",
            ))
        }
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"foia-{name}.csv\""),
            ),
        ],
        out,
    )
        .into_response())
}
