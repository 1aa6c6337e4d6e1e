//! The HSDS 3.0 API at `/hsds`: public, read-only, paged with HSDS's Page envelope. The
//! directory is small (thousands of records), so lists are filtered in memory after one
//! query per resource; what each endpoint returns follows the spec's compiled schemas.

use super::{nest, store};
use crate::app::AppState;
use crate::web::errors::AppError;
use crate::web::form::FormData;
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use hsds::Record;
use serde_json::{json, Map, Value};

const PER_PAGE: usize = 50;
const MAX_PER_PAGE: usize = 1000;
const CACHE: &str = "public, max-age=60";

fn answer(v: Value) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, CACHE),
        ],
        v.to_string(),
    )
        .into_response()
}

fn query(raw: Option<String>) -> Result<FormData, AppError> {
    FormData::parse(raw.unwrap_or_default().as_bytes())
}

fn number(q: &FormData, name: &str, default: usize, max: usize) -> Result<usize, AppError> {
    match q.get(name) {
        "" => Ok(default),
        v => v
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| {
                AppError::field(name, &format!("must be a whole number from 1 to {max}"))
            }),
    }
}

fn flag(q: &FormData, name: &str) -> Result<bool, AppError> {
    match q.get(name) {
        "" | "false" => Ok(false),
        "true" => Ok(true),
        _ => Err(AppError::field(name, "must be true or false")),
    }
}

/// HSDS's Page envelope around `items`, paged by `page` / `per_page`.
pub fn page_of(q: &FormData, items: Vec<Value>) -> Result<Value, AppError> {
    let per_page = number(q, "per_page", PER_PAGE, MAX_PER_PAGE)?;
    let page = number(q, "page", 1, 1_000_000)?;
    let total = items.len();
    let total_pages = total.div_ceil(per_page).max(1);
    let contents: Vec<Value> = items
        .into_iter()
        .skip((page - 1).saturating_mul(per_page))
        .take(per_page)
        .collect();
    Ok(json!({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": contents.len(),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": contents.is_empty(),
        "contents": contents,
    }))
}

fn matches_search(r: &Record, q: &FormData) -> bool {
    let term = q.get("search").to_lowercase();
    term.is_empty()
        || ["name", "alternate_name", "description"]
            .iter()
            .filter_map(|f| r.get(f))
            .any(|v| v.to_lowercase().contains(&term))
}

/// `GET /hsds/`
pub async fn root(State(state): State<AppState>) -> Response {
    let base = state.config.public_url.trim_end_matches('/').to_string();
    answer(json!({
        "version": "3.0",
        "profile": "https://docs.openreferral.org/en/latest/hsds/overview.html",
        "openapi_url": format!("{base}/hsds/openapi.json"),
    }))
}

/// `GET /hsds/openapi.json`: the HSDS API description this API follows.
pub async fn openapi() -> Response {
    answer(serde_json::from_str(super::OPENAPI).unwrap_or(Value::Null))
}

/// The services matching the query's filters.
async fn services_matching(state: &AppState, q: &FormData) -> Result<Vec<Record>, AppError> {
    let services = store::records(&state.db, "service", None).await?;
    let term_ids =
        nest::term_filter(&state.db, q.get("taxonomy_term_id"), q.get("taxonomy_id")).await?;
    let linked = match &term_ids {
        Some(terms) => Some(nest::linked_to_terms(&state.db, terms).await?),
        None => None,
    };
    let org = q.get("organization_id");
    let after = q.get("modified_after");
    Ok(services
        .into_iter()
        .filter(|s| matches_search(s, q))
        .filter(|s| org.is_empty() || s.get("organization_id") == Some(org))
        .filter(|s| after.is_empty() || s.get("last_modified").is_some_and(|m| m >= after))
        .filter(|s| linked.as_ref().is_none_or(|l| l.contains(s.id())))
        .collect())
}

/// `GET /hsds/services`
pub async fn services(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = query(raw)?;
    let (full, minimal) = (flag(&q, "full")?, flag(&q, "minimal")?);
    let mut items = Vec::new();
    for s in services_matching(&state, &q).await? {
        items.push(if minimal {
            json!({"id": s.id(), "last_modified": s.get("last_modified")})
        } else if full {
            nest::service(&state.db, &s).await?
        } else {
            nest::flat("service", &s)
        });
    }
    Ok(answer(page_of(&q, items)?))
}

/// `GET /hsds/services/{id}`: the service, fully nested.
pub async fn service(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = store::get(&state.db, "service", &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(answer(nest::service(&state.db, &s).await?))
}

/// `GET /hsds/organizations`
pub async fn organizations(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = query(raw)?;
    let full = flag(&q, "full")?;
    let mut items = Vec::new();
    for o in store::records(&state.db, "organization", None).await? {
        if matches_search(&o, &q) {
            items.push(if full {
                nest::organization(&state.db, &o).await?
            } else {
                nest::flat("organization", &o)
            });
        }
    }
    Ok(answer(page_of(&q, items)?))
}

/// `GET /hsds/organizations/{id}`
pub async fn organization(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let o = store::get(&state.db, "organization", &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(answer(nest::organization(&state.db, &o).await?))
}

/// `GET /hsds/taxonomies` and `/hsds/taxonomy_terms` (with `taxonomy_id`, `parent_id`,
/// `top_only`).
pub async fn taxonomies(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = query(raw)?;
    let items = store::records(&state.db, "taxonomy", None)
        .await?
        .iter()
        .filter(|t| matches_search(t, &q))
        .map(|t| nest::flat("taxonomy", t))
        .collect();
    Ok(answer(page_of(&q, items)?))
}

pub async fn taxonomy_terms(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = query(raw)?;
    let top_only = flag(&q, "top_only")?;
    let (taxonomy, parent) = (q.get("taxonomy_id"), q.get("parent_id"));
    let items = store::records(&state.db, "taxonomy_term", None)
        .await?
        .iter()
        .filter(|t| matches_search(t, &q))
        .filter(|t| taxonomy.is_empty() || t.get("taxonomy_id") == Some(taxonomy))
        .filter(|t| parent.is_empty() || t.get("parent_id") == Some(parent))
        .filter(|t| !top_only || t.get("parent_id").is_none())
        .map(|t| nest::flat("taxonomy_term", t))
        .collect();
    Ok(answer(page_of(&q, items)?))
}

/// `GET /hsds/service_at_locations`, with `postcode` and `proximity` (metres from the
/// postcode's centroid, the mean of the directory's locations there).
pub async fn service_at_locations(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = query(raw)?;
    let services: std::collections::HashSet<String> = services_matching(&state, &q)
        .await?
        .iter()
        .map(|s| s.id().to_string())
        .collect();
    let near = nest::near(&state.db, q.get("postcode"), q.get("proximity")).await?;
    let mut items = Vec::new();
    for sal in store::records(&state.db, "service_at_location", None).await? {
        let Some(service) = sal.get("service_id") else {
            continue;
        };
        if !services.contains(service) {
            continue;
        }
        if let Some(near) = &near {
            if !sal.get("location_id").is_some_and(|l| near.contains(l)) {
                continue;
            }
        }
        items.push(nest::flat("service_at_location", &sal));
    }
    Ok(answer(page_of(&q, items)?))
}

/// `GET /hsds/service_at_locations/{id}`
pub async fn service_at_location(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let sal = store::get(&state.db, "service_at_location", &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(answer(nest::service_at_location(&state.db, &sal).await?))
}

/// Unused fields of a Map are dropped from flat views; kept here for nest.
pub fn object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}
