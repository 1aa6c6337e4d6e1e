//! The resident's search of the directory: by need (amparo's needs taxonomy), language
//! spoken, distance from a point, and open now. The directory is small, so it is read whole
//! (one query per resource) and filtered here.

use super::{hours, nest, store};
use crate::db::Db;
use chrono::NaiveDateTime;
use hsds::Record;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// The needs a resident can filter by: the codes of amparo's needs taxonomy terms (in
/// `seed/directory-la/taxonomy_terms.csv`); each has a `pt-need-<code>` message.
pub const NEEDS: [&str; 7] = [
    "legal-aid",
    "rapid-response",
    "family-preparedness",
    "mental-health",
    "food",
    "housing",
    "financial-help",
];

/// Records that hang off a service, one of its places or one of its locations (phones,
/// schedules, languages), indexed by what they hang off.
struct Children {
    records: Vec<Record>,
    by_owner: HashMap<String, Vec<usize>>,
}

impl Children {
    fn new(records: Vec<Record>) -> Children {
        let mut by_owner: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, r) in records.iter().enumerate() {
            let mut owners = Vec::new();
            if let Some(s) = r.get("service_id") {
                owners.push(format!("s:{s}"));
            }
            if let Some(p) = r.get("service_at_location_id") {
                owners.push(format!("p:{p}"));
            }
            // A location's own record serves every service there, unless it names a service.
            if let (None, Some(l)) = (r.get("service_id"), r.get("location_id")) {
                owners.push(format!("l:{l}"));
            }
            for o in owners {
                by_owner.entry(o).or_default().push(i);
            }
        }
        Children { records, by_owner }
    }

    /// The records of a service and its places, each once, in stored order.
    fn of(&self, service: &str, places: &[(String, String)]) -> Vec<&Record> {
        let mut keys = vec![format!("s:{service}")];
        for (sal, location) in places {
            keys.push(format!("p:{sal}"));
            keys.push(format!("l:{location}"));
        }
        let mut found: Vec<usize> = keys
            .iter()
            .filter_map(|k| self.by_owner.get(k))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found.iter().filter_map(|i| self.records.get(*i)).collect()
    }
}

pub struct Catalog {
    services: Vec<Record>,
    organizations: HashMap<String, Record>,
    locations: HashMap<String, Record>,
    /// Service id → (service_at_location id, location id).
    placed: HashMap<String, Vec<(String, String)>>,
    addresses: HashMap<String, Record>,
    phones: Children,
    schedules: Children,
    languages: Children,
    /// The languages services speak: (filter key, name in the data), each once.
    spoken: Vec<(String, String)>,
    /// Record id → need codes attached to it.
    needs: HashMap<String, HashSet<String>>,
    examples: HashSet<String>,
}

/// The catalog as last read, with the import it reflects: every import adds a row to
/// `hsds_imports`, so one small query tells whether it is still current (on every node).
#[derive(Default)]
pub struct CatalogCache {
    held: Mutex<Option<(i64, Arc<Catalog>)>>,
}

impl CatalogCache {
    pub async fn get(&self, db: &Db) -> Result<Arc<Catalog>, sqlx::Error> {
        let generation: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM hsds_imports")
            .fetch_one(db.pool())
            .await?;
        if let Ok(held) = self.held.lock() {
            if let Some((g, c)) = held.as_ref() {
                if *g == generation {
                    return Ok(c.clone());
                }
            }
        }
        let fresh = Arc::new(Catalog::load(db).await?);
        if let Ok(mut held) = self.held.lock() {
            *held = Some((generation, fresh.clone()));
        }
        Ok(fresh)
    }
}

fn by_id(records: Vec<Record>) -> HashMap<String, Record> {
    records
        .into_iter()
        .map(|r| (r.id().to_string(), r))
        .collect()
}

/// A language code as the filter compares it: lower case, primary subtag ("zh-Hant" → "zh").
pub fn language_key(code: &str) -> String {
    code.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

impl Catalog {
    pub async fn load(db: &Db) -> Result<Catalog, sqlx::Error> {
        let terms = by_id(store::records(db, "taxonomy_term", None).await?);
        let mut needs: HashMap<String, HashSet<String>> = HashMap::new();
        for a in store::records(db, "attribute", None).await? {
            let code = a
                .get("taxonomy_term_id")
                .and_then(|t| terms.get(t))
                .and_then(|t| t.get("code"))
                .filter(|c| NEEDS.contains(c));
            if let (Some(code), Some(link)) = (code, a.get("link_id")) {
                needs
                    .entry(link.to_string())
                    .or_default()
                    .insert(code.to_string());
            }
        }
        let mut placed: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for sal in store::records(db, "service_at_location", None).await? {
            if let (Some(s), Some(l)) = (sal.get("service_id"), sal.get("location_id")) {
                placed
                    .entry(s.to_string())
                    .or_default()
                    .push((sal.id().to_string(), l.to_string()));
            }
        }
        let mut addresses = HashMap::new();
        for a in store::records(db, "address", None).await? {
            if let Some(l) = a.get("location_id") {
                let physical = a.get("address_type") != Some("postal");
                if physical || !addresses.contains_key(l) {
                    addresses.insert(l.to_string(), a);
                }
            }
        }
        let languages = store::records(db, "language", None).await?;
        let mut seen = HashMap::new();
        for l in &languages {
            let key = language_key(l.get("code").unwrap_or(""));
            if !key.is_empty() {
                seen.entry(key)
                    .or_insert_with(|| l.get("name").unwrap_or("").to_string());
            }
        }
        let mut spoken: Vec<(String, String)> = seen.into_iter().collect();
        spoken.sort();
        Ok(Catalog {
            services: store::records(db, "service", None).await?,
            organizations: by_id(store::records(db, "organization", None).await?),
            locations: by_id(store::records(db, "location", None).await?),
            placed,
            addresses,
            phones: Children::new(store::records(db, "phone", None).await?),
            schedules: Children::new(store::records(db, "schedule", None).await?),
            languages: Children::new(languages),
            spoken,
            needs,
            examples: store::example_ids(db, "service").await?,
        })
    }

    /// The languages services speak: (filter key, name in the data), each once.
    pub fn spoken(&self) -> &[(String, String)] {
        &self.spoken
    }

    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }
}

#[derive(Default)]
pub struct Query {
    pub need: Option<String>,
    pub language: Option<String>,
    pub origin: Option<(f64, f64)>,
    pub radius_m: Option<f64>,
    /// Los Angeles local time, when only services open now are wanted.
    pub open_at: Option<NaiveDateTime>,
    /// Los Angeles local time, to say whether each service is open.
    pub now: Option<NaiveDateTime>,
}

pub struct Hit<'a> {
    pub service: &'a Record,
    pub organization: Option<&'a Record>,
    pub example: bool,
    /// The nearest of the service's locations (with its address), when it has one.
    pub location: Option<&'a Record>,
    pub address: Option<&'a Record>,
    pub distance_m: Option<f64>,
    pub phones: Vec<&'a Record>,
    pub languages: Vec<&'a Record>,
    pub schedules: Vec<&'a Record>,
    /// None when the service publishes no weekly hours.
    pub open: Option<bool>,
}

fn point(l: &Record) -> Option<(f64, f64)> {
    Some((
        l.get("latitude")?.parse().ok()?,
        l.get("longitude")?.parse().ok()?,
    ))
}

pub fn search<'a>(c: &'a Catalog, q: &Query) -> Vec<Hit<'a>> {
    let none = Vec::new();
    let mut hits: Vec<Hit<'a>> = Vec::new();
    for s in &c.services {
        if s.get("status").is_some_and(|st| st != "active") {
            continue;
        }
        let places = c.placed.get(s.id()).unwrap_or(&none);
        if let Some(need) = &q.need {
            let org_needs = s.get("organization_id").and_then(|o| c.needs.get(o));
            let has = c.needs.get(s.id()).is_some_and(|n| n.contains(need))
                || org_needs.is_some_and(|n| n.contains(need));
            if !has {
                continue;
            }
        }
        let languages = c.languages.of(s.id(), places);
        if let Some(want) = &q.language {
            if !languages
                .iter()
                .any(|l| language_key(l.get("code").unwrap_or("")) == *want)
            {
                continue;
            }
        }
        let nearest = places
            .iter()
            .filter_map(|(_, l)| c.locations.get(l))
            .map(|l| (l, q.origin.zip(point(l)).map(|(o, p)| nest::metres(o, p))))
            .min_by(|a, b| {
                let key = |d: Option<f64>| d.unwrap_or(f64::INFINITY);
                key(a.1).total_cmp(&key(b.1))
            });
        let distance_m = nearest.and_then(|(_, d)| d);
        if let Some(radius) = q.radius_m {
            if distance_m.is_none_or(|d| d > radius) {
                continue;
            }
        }
        let schedules = c.schedules.of(s.id(), places);
        let weekly = schedules.iter().any(|r| hours::span(r).is_some());
        let open_when = |at: NaiveDateTime| schedules.iter().any(|r| hours::open_at(r, at));
        if let Some(at) = q.open_at {
            if !open_when(at) {
                continue;
            }
        }
        let open = q.now.filter(|_| weekly).map(open_when);
        let location = nearest.map(|(l, _)| l);
        hits.push(Hit {
            service: s,
            organization: s
                .get("organization_id")
                .and_then(|o| c.organizations.get(o)),
            example: c.examples.contains(s.id()),
            location,
            address: location.and_then(|l| c.addresses.get(l.id())),
            distance_m,
            phones: c.phones.of(s.id(), places),
            languages,
            schedules,
            open,
        });
    }
    hits.sort_by(|a, b| {
        let d = |h: &Hit| h.distance_m.unwrap_or(f64::INFINITY);
        d(a).total_cmp(&d(b))
            .then_with(|| a.example.cmp(&b.example))
            .then_with(|| a.service.get("name").cmp(&b.service.get("name")))
    });
    hits
}
