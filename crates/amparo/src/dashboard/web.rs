//! Dashboard and daily briefing pages, and the map's points.

use super::briefing::{self, Briefing, Item};
use super::model::Filter;
use super::timeline;
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::incidents::model::STATES;
use crate::incidents::web::{row, Row};
use crate::reports::model::AGENCIES;
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::i18n::Tr;
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

const PER_PAGE: i64 = 50;
/// Points drawn on the map at most (newest first); the counts cover everything.
pub const MAP_POINTS: i64 = 5000;

pub fn code_label(tr: Tr, prefix: &str, code: &str) -> String {
    tr.t(&format!("{prefix}-{}", code.replace('_', "-")))
}

pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

fn options(values: impl IntoIterator<Item = (String, String)>, current: &str) -> Vec<Opt> {
    values
        .into_iter()
        .map(|(value, label)| Opt {
            selected: value == current,
            value,
            label,
        })
        .collect()
}

pub struct Tally {
    pub label: String,
    pub count: usize,
    pub href: Option<String>,
}

#[derive(Template)]
#[template(path = "dashboard/index.html")]
struct DashboardPage {
    page: Page,
    form: FormData,
    errors: FormErrors,
    departments: Vec<Opt>,
    facilities: Vec<(String, Vec<Opt>)>,
    agencies: Vec<Opt>,
    states: Vec<Opt>,
    districts: Vec<Opt>,
    query: String,
    summary: String,
    timeline: String,
    by_department: Vec<Tally>,
    by_agency: Vec<Tally>,
    by_activity: Vec<Tally>,
    by_district: Vec<Tally>,
    top_facilities: Vec<Tally>,
    rows: Vec<Row>,
    next_href: Option<String>,
    tile_url: String,
    tile_attribution: String,
}

async fn pick_lists(
    state: &AppState,
    tr: Tr,
    f: &FormData,
) -> Result<(Vec<Opt>, Vec<(String, Vec<Opt>)>, Vec<Opt>), AppError> {
    let departments = crate::departments::store::list(&state.db, None, false).await?;
    let mut facilities: Vec<(String, Vec<Opt>)> = Vec::new();
    for (id, _, dept, name) in crate::departments::store::all_facilities(&state.db).await? {
        let opt = Opt {
            selected: f.get("facility") == id.to_string(),
            value: id.to_string(),
            label: name,
        };
        match facilities.last_mut() {
            Some((d, list)) if *d == dept => list.push(opt),
            _ => facilities.push((dept, vec![opt])),
        }
    }
    let districts = crate::districts::current(&state.db)
        .await?
        .map(|(_, d)| {
            d.names()
                .iter()
                .map(|n| (n.to_string(), tr.t1("district-name", "name", n)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    Ok((
        options(
            departments.into_iter().map(|d| (d.id.to_string(), d.name)),
            f.get("department"),
        ),
        facilities,
        options(districts, f.get("district")),
    ))
}

fn tallies<K: ToString>(
    items: Vec<(K, usize)>,
    label: impl Fn(&K) -> String,
    link: impl Fn(&K) -> Option<String>,
) -> Vec<Tally> {
    items
        .into_iter()
        .map(|(k, count)| Tally {
            label: label(&k),
            count,
            href: link(&k),
        })
        .collect()
}

pub async fn index(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewDashboard, Resource::System)
        .await?;
    let tr = ctx.tr();
    let form = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let (departments, facilities, districts) = pick_lists(&state, tr, &form).await?;
    let agencies = options(
        AGENCIES
            .codes
            .iter()
            .map(|c| (c.to_string(), code_label(tr, "report-agencies", c))),
        form.get("agency"),
    );
    let states = options(
        STATES
            .iter()
            .map(|c| (c.to_string(), code_label(tr, "incident-state", c))),
        form.get("state"),
    );
    let mut p = DashboardPage {
        page: Page::new(&ctx, tr.t("dashboard-title")),
        form: form.clone(),
        errors: FormErrors::default(),
        departments,
        facilities,
        agencies,
        states,
        districts,
        query: String::new(),
        summary: String::new(),
        timeline: String::new(),
        by_department: Vec::new(),
        by_agency: Vec::new(),
        by_activity: Vec::new(),
        by_district: Vec::new(),
        top_facilities: Vec::new(),
        rows: Vec::new(),
        next_href: None,
        tile_url: state.config.map.tile_url.clone(),
        tile_attribution: state.config.map.tile_attribution.clone(),
    };
    let filter = match Filter::from_query(&form, super::today()) {
        Ok(f) => f,
        Err(problems) => {
            p.errors = FormErrors::from_problems(tr, &problems);
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &p));
        }
    };
    p.form.set("from", filter.from.to_string());
    p.form.set("to", filter.to.to_string());
    let o = super::overview(&state.db, &filter).await?;
    let query = filter.query();
    p.summary = tr.n("dashboard-summary", "count", o.counts.total as i64);
    p.timeline = timeline::svg(
        &o.counts.by_day,
        &tr.t("dashboard-timeline"),
        &format!("{} {} – {}", p.summary, filter.from, filter.to),
    );
    let with = |key: &str, value: &str| {
        let mut f = FormData::parse(query.as_bytes()).unwrap_or_default();
        f.set(key, value);
        Some(format!("/dashboard?{}", f.query_string()))
    };
    p.by_department = o
        .by_department()
        .into_iter()
        .map(|(id, name, count)| Tally {
            label: name,
            count,
            href: with("department", &id.to_string()),
        })
        .collect();
    p.by_agency = tallies(
        super::model::top(&o.counts.by_agency, usize::MAX),
        |c| code_label(tr, "report-agencies", c),
        |c| with("agency", c),
    );
    p.by_activity = tallies(
        super::model::top(&o.counts.by_activity, usize::MAX),
        |c| code_label(tr, "report-activities", c),
        |_| None,
    );
    p.by_district = tallies(
        super::model::top(&o.counts.by_district, usize::MAX),
        |d| tr.t1("district-name", "name", d),
        |d| with("district", d),
    );
    p.top_facilities = o
        .top_facilities()
        .into_iter()
        .map(|(id, name, count)| Tally {
            label: name,
            count,
            href: with("facility", &id.to_string()),
        })
        .collect();
    let before = form.get("before").parse::<i64>().ok();
    let incidents = super::store::page(&state.db, &filter, before, PER_PAGE + 1).await?;
    if incidents.len() as i64 > PER_PAGE {
        let last = incidents
            .get(PER_PAGE as usize - 1)
            .map(|i| i.id)
            .unwrap_or_default();
        p.next_href = Some(format!("/dashboard?{query}&before={last}"));
    }
    p.rows = incidents
        .into_iter()
        .take(PER_PAGE as usize)
        .map(|i| row(tr, i))
        .collect();
    p.query = query;
    Ok(ok(&p))
}

/// The selected incidents that have coordinates, newest first, as GeoJSON points for the map.
pub async fn points(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewDashboard, Resource::System)
        .await?;
    let form = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let filter =
        Filter::from_query(&form, super::today()).map_err(|p| crate::web::form::invalid(&p))?;
    let points = super::store::points(&state.db, &filter, MAP_POINTS).await?;
    let features: Vec<serde_json::Value> = points
        .iter()
        .map(|p| {
            serde_json::json!({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [p.longitude, p.latitude]},
                "properties": {"id": p.id, "state": p.state, "first_observed_at": p.first_observed_at},
            })
        })
        .collect();
    let body = serde_json::json!({"type": "FeatureCollection", "features": features});
    Ok((
        [(header::CONTENT_TYPE, "application/geo+json")],
        body.to_string(),
    )
        .into_response())
}

pub struct Section {
    pub department: String,
    pub items: Vec<ItemView>,
}

pub struct ItemView {
    pub id: i64,
    pub began: String,
    pub place: String,
    pub state: String,
    pub agencies: String,
    pub notable: String,
}

fn item_view(tr: Tr, i: &Item) -> ItemView {
    let join = |prefix: &str, codes: &[String]| {
        codes
            .iter()
            .map(|c| code_label(tr, prefix, c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    ItemView {
        id: i.incident_id,
        began: i.began.clone(),
        place: i.place.clone(),
        state: code_label(tr, "incident-state", &i.state),
        agencies: join("report-agencies", &i.agencies),
        notable: join("notable", &i.notable),
    }
}

fn sections(tr: Tr, items: &[Item]) -> Vec<Section> {
    briefing::by_department(items)
        .into_iter()
        .map(|(department, items)| Section {
            department,
            items: items.into_iter().map(|i| item_view(tr, i)).collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "dashboard/briefing.html")]
struct BriefingPage {
    page: Page,
    day: String,
    errors: FormErrors,
    heading: String,
    new: Vec<Section>,
    new_count: String,
    confirmed: Vec<Section>,
    confirmed_count: String,
    notable: Vec<ItemView>,
    truncated: bool,
}

/// `day` (YYYY-MM-DD, Los Angeles) defaults to today.
pub fn parse_day(form: &FormData) -> Result<chrono::NaiveDate, Vec<super::model::Problem>> {
    match form.get("day") {
        "" => Ok(super::today()),
        v => chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map_err(|_| vec![("day", "error-date")]),
    }
}

pub async fn briefing_page(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewDashboard, Resource::System)
        .await?;
    let tr = ctx.tr();
    let form = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let (day, errors) = match parse_day(&form) {
        Ok(d) => (d, FormErrors::default()),
        Err(p) => (super::today(), FormErrors::from_problems(tr, &p)),
    };
    let b: Briefing = briefing::build(&state.db, day).await?;
    let p = BriefingPage {
        page: Page::new(&ctx, tr.t("briefing-title")),
        day: if errors.is_empty() {
            day.to_string()
        } else {
            form.get("day").to_string()
        },
        heading: tr.t1(
            "briefing-heading",
            "day",
            &day.format("%Y-%m-%d").to_string(),
        ),
        new_count: tr.n("briefing-new-count", "count", b.new.len() as i64),
        confirmed_count: tr.n(
            "briefing-confirmed-count",
            "count",
            b.confirmed.len() as i64,
        ),
        new: sections(tr, &b.new),
        confirmed: sections(tr, &b.confirmed),
        notable: b.notable().into_iter().map(|i| item_view(tr, i)).collect(),
        truncated: b.truncated,
        errors,
    };
    let status = if p.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render(status, &p))
}
