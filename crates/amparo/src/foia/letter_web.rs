//! The printable request letter, stored letters and productions, and the deadline calculator.

use super::model::{parse_date, FeeCategory};
use super::store;
use super::web::{deadline_rows, DeadlineRow};
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::FormData;
use crate::web::page::{ok, Page};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;

#[derive(Template)]
#[template(path = "foia/letter.html")]
struct LetterPage {
    page: Page,
    r: store::Request,
    dated: String,
    fee_label: String,
}

/// The request as a letter to the FOIA office (print CSS; the browser prints it to PDF).
pub async fn letter(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewFoia, Resource::System)
        .await?;
    let r = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let tr = ctx.tr();
    Ok(ok(&LetterPage {
        page: Page::new(&ctx, tr.t("foia-letter-title")),
        dated: r
            .submitted_on
            .clone()
            .unwrap_or_else(|| super::web::today().to_string()),
        fee_label: FeeCategory::parse(&r.fee_category)
            .map_or(String::new(), |c| tr.t(&c.label_key())),
        r,
    }))
}

/// A stored letter or production, as a download (never rendered inline: it came from
/// outside).
pub async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewFoia, Resource::System)
        .await?;
    let f = store::file(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::audit::record_alone(
        &state.db,
        &ctx.audit_actor(),
        "view_foia_file",
        "foia_file",
        id,
        crate::audit::Outcome::Ok,
    )
    .await?;
    let safe: String = f
        .filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{safe}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        f.data,
    )
        .into_response())
}

/// The calculator's inputs from a query string; problems name the field.
pub fn calculator_inputs(q: &FormData) -> Result<Option<workdays::Inputs>, AppError> {
    if q.get("received").is_empty() {
        return Ok(None);
    }
    let date = |name: &str| -> Result<Option<NaiveDate>, AppError> {
        match q.get(name) {
            "" => Ok(None),
            v => parse_date(v)
                .map(Some)
                .ok_or_else(|| AppError::field(name, "must be a date, YYYY-MM-DD")),
        }
    };
    let mut tolled = Vec::new();
    for line in q
        .get("tolled")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        let range = line
            .split_once("..")
            .and_then(|(a, b)| Some((parse_date(a)?, parse_date(b)?)))
            .ok_or_else(|| {
                AppError::field(
                    "tolled",
                    "each line must be a range FROM..TO, YYYY-MM-DD..YYYY-MM-DD",
                )
            })?;
        tolled.push(range);
    }
    Ok(Some(workdays::Inputs {
        received: date("received")?.unwrap_or_default(),
        extension: q.is("extension", "yes"),
        tolled,
        adverse: date("adverse")?,
        appeal_received: date("appeal")?,
    }))
}

#[derive(Template)]
#[template(path = "foia/calculator.html")]
struct CalculatorPage {
    page: Page,
    q: FormData,
    rows: Vec<DeadlineRow>,
    problem: String,
}

pub async fn calculator(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewFoia, Resource::System)
        .await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let tr = ctx.tr();
    let (rows, problem) = match calculator_inputs(&q)? {
        None => (Vec::new(), String::new()),
        Some(i) => match workdays::compute(&i) {
            Ok(d) => (deadline_rows(tr, &d, true), String::new()),
            Err(e) => (Vec::new(), e),
        },
    };
    Ok(ok(&CalculatorPage {
        page: Page::new(&ctx, tr.t("foia-calculator-title")),
        q,
        rows,
        problem,
    }))
}

/// `GET /api/v1/foia/deadlines`: the calculator as JSON (the CLI's `--json` shape).
#[utoipa::path(get, path = "/api/v1/foia/deadlines", tag = "foia",
    params(
        ("received" = String, Query, pattern = "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$", description = "Day ICE received the request, YYYY-MM-DD"),
        ("extension" = Option<String>, Query, description = "`yes` if an unusual-circumstances notice was sent"),
        ("tolled" = Option<String>, Query, description = "Tolled ranges FROM..TO, one per line"),
        ("adverse" = Option<String>, Query, pattern = "^\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})?\\s*$", description = "Day of the adverse determination"),
        ("appeal" = Option<String>, Query, pattern = "^\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})?\\s*$", description = "Day the appeal was received"),
    ),
    responses((status = 200, description = "Every deadline with its rule"), (status = 422, description = "A field is wrong")),
    security(("bearer" = [])))]
pub async fn api_deadlines(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewFoia, Resource::System)
        .await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let inputs = calculator_inputs(&q)?
        .ok_or_else(|| AppError::field("received", "is required, YYYY-MM-DD"))?;
    let d = workdays::compute(&inputs).map_err(|e| {
        let field = if e.starts_with("appeal") {
            "appeal"
        } else if e.starts_with("adverse") {
            "adverse"
        } else {
            "tolled"
        };
        AppError::field(field, &e)
    })?;
    Ok(([(header::CONTENT_TYPE, "application/json")], d.to_json()).into_response())
}
