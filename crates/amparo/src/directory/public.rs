//! `GET /{lang}/directory`: the resident's search of the service directory. A plain GET
//! form, so it works without scripts, can be bookmarked and cached, and nothing about the
//! search is stored or logged.

use super::search::{self, language_key, Catalog, Hit, Query, NEEDS};
use super::{hours, zips};
use crate::app::AppState;
use crate::portal::chrome::{chrome, respond, Chrome};
use crate::portal::lang::{msg, msg_args, msg_n, Msg, PublicLang};
use crate::web::errors::AppError;
use crate::web::form::FormData;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

const PER_PAGE: usize = 20;
/// The distances offered, in miles (Los Angeles residents think in miles).
const MILES: [u32; 5] = [1, 2, 5, 10, 25];
const METRES_PER_MILE: f64 = 1609.344;

pub struct Choice {
    pub value: String,
    pub label: Msg,
    /// The label's own language (`lang` attribute) when it differs from the page's.
    pub label_lang: Option<&'static str>,
    pub selected: bool,
}

pub struct FieldError {
    pub field: &'static str,
    pub message: Msg,
}

pub struct HitView {
    pub name: String,
    pub organization: Option<String>,
    pub description: Option<String>,
    pub example: bool,
    pub phones: Vec<(String, String)>,
    pub url: Option<String>,
    pub address: Option<String>,
    pub distance: Option<Msg>,
    pub languages: Vec<String>,
    pub hours: Vec<String>,
    pub open: Option<bool>,
}

#[derive(Template)]
#[template(path = "portal/directory.html")]
struct DirectoryPage {
    chrome: Chrome,
    t: Labels,
    needs: Vec<Choice>,
    languages: Vec<Choice>,
    distances: Vec<Choice>,
    zip: String,
    lat: String,
    lon: String,
    open_now: bool,
    errors: Vec<FieldError>,
    results: Msg,
    hits: Vec<HitView>,
    /// The data's own language, for `lang` on names and descriptions.
    data_lang: Option<&'static str>,
    pages: usize,
    page_label: Msg,
    prev: Option<String>,
    next: Option<String>,
}

/// The page's fixed labels.
struct Labels {
    title: Msg,
    intro: Msg,
    filters: Msg,
    need: Msg,
    language: Msg,
    zip: Msg,
    zip_hint: Msg,
    point: Msg,
    latitude: Msg,
    longitude: Msg,
    distance: Msg,
    open_now: Msg,
    search: Msg,
    none: Msg,
    example: Msg,
    open: Msg,
    closed: Msg,
    phone: Msg,
    website: Msg,
    languages: Msg,
    hours: Msg,
    address: Msg,
    by_phone: Msg,
    err_title: Msg,
    prev: Msg,
    next: Msg,
}

impl Labels {
    fn any_fallback(&self) -> bool {
        [
            &self.title,
            &self.intro,
            &self.filters,
            &self.need,
            &self.language,
            &self.zip,
            &self.zip_hint,
            &self.point,
            &self.latitude,
            &self.longitude,
            &self.distance,
            &self.open_now,
            &self.search,
            &self.none,
            &self.example,
            &self.open,
            &self.closed,
            &self.phone,
            &self.website,
            &self.languages,
            &self.hours,
            &self.address,
            &self.by_phone,
            &self.err_title,
            &self.prev,
            &self.next,
        ]
        .iter()
        .any(|m| m.fallback)
    }
}

fn labels(lang: PublicLang) -> Labels {
    let t = |id: &str| msg(lang, id);
    Labels {
        title: t("pt-dir-title"),
        intro: t("pt-dir-intro"),
        filters: t("pt-dir-filters"),
        need: t("pt-dir-need"),
        language: t("pt-dir-language"),
        zip: t("pt-dir-zip"),
        zip_hint: t("pt-dir-zip-hint"),
        point: t("pt-dir-point"),
        latitude: t("pt-dir-latitude"),
        longitude: t("pt-dir-longitude"),
        distance: t("pt-dir-distance"),
        open_now: t("pt-dir-open-now"),
        search: t("pt-dir-search"),
        none: t("pt-dir-none"),
        example: t("pt-dir-example"),
        open: t("pt-dir-open"),
        closed: t("pt-dir-closed"),
        phone: t("pt-dir-phone"),
        website: t("pt-dir-website"),
        languages: t("pt-dir-languages"),
        hours: t("pt-dir-hours"),
        address: t("pt-dir-address"),
        by_phone: t("pt-dir-by-phone"),
        err_title: t("pt-dir-err-title"),
        prev: t("pt-dir-prev"),
        next: t("pt-dir-next"),
    }
}

/// A language's own name where the portal knows it, so a reader finds theirs.
fn language_name(key: &str, data_name: &str) -> (String, Option<&'static str>) {
    let own = match key {
        "zh" => Some(("中文", "zh")),
        _ => PublicLang::ALL
            .iter()
            .find(|l| l.code() == key)
            .map(|l| (l.endonym(), l.tag())),
    };
    match own {
        Some((name, tag)) => (name.to_string(), Some(tag)),
        None => (data_name.to_string(), Some("en")),
    }
}

/// The search as asked, checked; problems name their field.
struct Asked {
    query: Query,
    errors: Vec<FieldError>,
    page: usize,
}

fn read(lang: PublicLang, q: &FormData, catalog: &Catalog) -> Asked {
    let mut errors = Vec::new();
    let mut err = |field: &'static str, id: &str| {
        errors.push(FieldError {
            field,
            message: msg(lang, id),
        })
    };
    let mut query = Query::default();
    match q.get("need") {
        "" => {}
        n if NEEDS.contains(&n) => query.need = Some(n.to_string()),
        _ => err("need", "pt-dir-err-choice"),
    }
    match q.get("language") {
        "" => {}
        l if catalog.spoken().iter().any(|(k, _)| k == l) => query.language = Some(l.to_string()),
        _ => err("language", "pt-dir-err-choice"),
    }
    let (lat, lon) = (q.get("lat").trim(), q.get("lon").trim());
    if !lat.is_empty() || !lon.is_empty() {
        match (lat.parse::<f64>(), lon.parse::<f64>()) {
            (Ok(a), Ok(b)) if zips::in_la_county((a, b)) => query.origin = Some((a, b)),
            _ => err("lat", "pt-dir-err-point"),
        }
    } else if !q.get("zip").trim().is_empty() {
        match zips::point(q.get("zip")) {
            Some(p) if q.get("zip").trim().len() == 5 || q.get("zip").trim().len() == 10 => {
                query.origin = Some(p)
            }
            _ => err("zip", "pt-dir-err-zip"),
        }
    }
    match q.get("within") {
        "" => {}
        w => match w.parse::<u32>().ok().filter(|m| MILES.contains(m)) {
            Some(_) if q.get("zip").trim().is_empty() && lat.is_empty() && lon.is_empty() => {
                err("within", "pt-dir-err-distance")
            }
            Some(m) => query.radius_m = Some(f64::from(m) * METRES_PER_MILE),
            None => err("within", "pt-dir-err-choice"),
        },
    }
    let now = hours::la_local(chrono::Utc::now());
    query.now = Some(now);
    match q.get("open") {
        "" => {}
        "1" => query.open_at = Some(now),
        _ => err("open", "pt-dir-err-choice"),
    }
    let page = q.get("page").parse::<usize>().unwrap_or(1).max(1);
    Asked {
        query,
        errors,
        page,
    }
}

fn miles(m: f64) -> String {
    format!("{:.1}", m / METRES_PER_MILE)
}

fn view(lang: PublicLang, h: &Hit) -> HitView {
    let phones = h
        .phones
        .iter()
        .filter_map(|p| p.get("number"))
        .map(|n| {
            let dial: String = n
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            (dial, n.trim().trim_matches('"').to_string())
        })
        .collect();
    let url = h
        .service
        .get("url")
        .or_else(|| h.organization.and_then(|o| o.get("website")))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(String::from);
    let address = h.address.map(|a| {
        ["address_1", "address_2", "city", "postal_code"]
            .iter()
            .filter_map(|f| a.get(f))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let mut languages: Vec<String> = Vec::new();
    for l in &h.languages {
        let key = language_key(l.get("code").unwrap_or(""));
        let (name, _) = language_name(&key, l.get("name").unwrap_or(&key));
        if !languages.contains(&name) {
            languages.push(name);
        }
    }
    let hours = h
        .schedules
        .iter()
        .filter_map(|s| {
            let span = hours::span(s)?;
            let days: Vec<String> = hours::days(s)
                .iter()
                .map(|d| msg(lang, &format!("pt-day-{}", d.to_ascii_lowercase())).text)
                .collect();
            Some(format!("{}: {span}", days.join(", ")))
        })
        .collect();
    HitView {
        name: h.service.get("name").unwrap_or("").to_string(),
        organization: h.organization.and_then(|o| o.get("name")).map(String::from),
        description: h.service.get("description").map(String::from),
        example: h.example,
        phones,
        url,
        address,
        distance: h
            .distance_m
            .map(|d| msg_args(lang, "pt-dir-away", &[("miles", miles(d))])),
        languages,
        hours,
        open: h.open,
    }
}

fn link(q: &FormData, lang: PublicLang, page: usize) -> String {
    let mut q = q.clone();
    q.set("page", page.to_string());
    format!("/{}/directory?{}", lang.code(), q.query_string())
}

/// `GET /{lang}/directory`
pub async fn page(
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let lang = PublicLang::from_code(&code).ok_or(AppError::NotFound)?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let catalog = state.directory.get(&state.db).await?;
    let asked = read(lang, &q, &catalog);
    let searched = q.has_any();
    let hits = if asked.errors.is_empty() {
        search::search(&catalog, &asked.query)
    } else {
        Vec::new()
    };
    let pages = hits.len().div_ceil(PER_PAGE).max(1);
    let page = asked.page.min(pages);
    let shown: Vec<HitView> = hits
        .iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|h| view(lang, h))
        .collect();
    let t = |id: &str| msg(lang, id);
    let choice = |value: String, label: Msg, label_lang, selected| Choice {
        value,
        label,
        label_lang,
        selected,
    };
    let mut needs = vec![choice(
        String::new(),
        t("pt-dir-need-any"),
        None,
        q.get("need").is_empty(),
    )];
    needs.extend(NEEDS.iter().map(|n| {
        choice(
            n.to_string(),
            t(&format!("pt-need-{n}")),
            None,
            q.get("need") == *n,
        )
    }));
    let mut languages = vec![choice(
        String::new(),
        t("pt-dir-language-any"),
        None,
        q.get("language").is_empty(),
    )];
    for (key, name) in catalog.spoken() {
        let (label, tag) = language_name(key, name);
        let tag = tag.filter(|t| *t != lang.tag());
        languages.push(choice(
            key.clone(),
            Msg {
                text: label,
                fallback: false,
            },
            tag,
            q.get("language") == key.as_str(),
        ));
    }
    let mut distances = vec![choice(
        String::new(),
        t("pt-dir-distance-any"),
        None,
        q.get("within").is_empty(),
    )];
    distances.extend(MILES.iter().map(|m| {
        choice(
            m.to_string(),
            msg_n(lang, "pt-dir-within", "miles", i64::from(*m)),
            None,
            q.get("within") == m.to_string(),
        )
    }));
    let status = if asked.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let mut keep = q.clone();
    keep.set("page", page.to_string());
    let query = if searched {
        format!("?{}", keep.query_string())
    } else {
        String::new()
    };
    let t = labels(lang);
    let html = DirectoryPage {
        chrome: chrome(lang, "directory", &query, t.any_fallback()),
        t,
        needs,
        languages,
        distances,
        zip: q.get("zip").to_string(),
        lat: q.get("lat").to_string(),
        lon: q.get("lon").to_string(),
        open_now: q.get("open") == "1",
        errors: asked.errors,
        results: msg_n(lang, "pt-dir-results", "count", hits.len() as i64),
        hits: shown,
        data_lang: (lang != PublicLang::En).then_some("en"),
        pages,
        page_label: msg_args(
            lang,
            "pt-dir-page",
            &[("page", page.to_string()), ("pages", pages.to_string())],
        ),
        prev: (page > 1).then(|| link(&q, lang, page - 1)),
        next: (page < pages).then(|| link(&q, lang, page + 1)),
    }
    .render()
    .map_err(|e| AppError::Internal(e.into()))?;
    Ok(respond(status, lang, html))
}
