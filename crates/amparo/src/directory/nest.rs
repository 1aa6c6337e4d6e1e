//! Builds HSDS's nested objects (a service with its organization, locations, phones,
//! schedules, languages, attributes …) from the flat records, as the compiled schemas
//! describe them, and the filters that need other resources (taxonomy, proximity).

use super::store;
use crate::db::Db;
use hsds::Record;
use serde_json::{Map, Value};
use std::collections::HashSet;

/// A record alone, typed by the HSDS descriptor.
pub fn flat(resource: &str, r: &Record) -> Value {
    match hsds::hsds3().resources.iter().find(|x| x.name == resource) {
        Some(res) => Value::Object(hsds::typed_json(res, r)),
        None => Value::Object(Map::new()),
    }
}

async fn children(db: &Db, resource: &str, column: &str, id: &str) -> Result<Value, sqlx::Error> {
    let rows = store::records(db, resource, Some((column, id))).await?;
    Ok(Value::Array(
        rows.iter().map(|r| flat(resource, r)).collect(),
    ))
}

/// Attributes attached to a record (HSDS 3.0 links them by `link_id`), each with its term.
async fn attributes(db: &Db, id: &str) -> Result<Value, sqlx::Error> {
    let mut out = Vec::new();
    for a in store::records(db, "attribute", Some(("link_id", id))).await? {
        let mut v = flat("attribute", &a);
        if let (Some(term), Value::Object(m)) = (a.get("taxonomy_term_id"), &mut v) {
            if let Some(t) = store::get(db, "taxonomy_term", term).await? {
                m.insert("taxonomy_term".into(), flat("taxonomy_term", &t));
            }
        }
        out.push(v);
    }
    Ok(Value::Array(out))
}

fn put(v: &mut Value, key: &str, value: Value) {
    if let Value::Object(m) = v {
        m.insert(key.to_string(), value);
    }
}

pub async fn location(db: &Db, l: &Record) -> Result<Value, sqlx::Error> {
    let mut v = flat("location", l);
    for (key, resource) in [
        ("languages", "language"),
        ("addresses", "address"),
        ("contacts", "contact"),
        ("accessibility", "accessibility"),
        ("phones", "phone"),
        ("schedules", "schedule"),
    ] {
        put(
            &mut v,
            key,
            children(db, resource, "location_id", l.id()).await?,
        );
    }
    put(&mut v, "attributes", attributes(db, l.id()).await?);
    put(&mut v, "metadata", Value::Array(Vec::new()));
    Ok(v)
}

pub async fn service_at_location(db: &Db, sal: &Record) -> Result<Value, sqlx::Error> {
    let mut v = flat("service_at_location", sal);
    for (key, resource) in [
        ("contacts", "contact"),
        ("phones", "phone"),
        ("schedules", "schedule"),
    ] {
        put(
            &mut v,
            key,
            children(db, resource, "service_at_location_id", sal.id()).await?,
        );
    }
    if let Some(l) = sal.get("location_id") {
        if let Some(loc) = store::get(db, "location", l).await? {
            put(&mut v, "location", location(db, &loc).await?);
        }
    }
    put(&mut v, "attributes", attributes(db, sal.id()).await?);
    put(&mut v, "metadata", Value::Array(Vec::new()));
    Ok(v)
}

pub async fn organization(db: &Db, o: &Record) -> Result<Value, sqlx::Error> {
    let mut v = flat("organization", o);
    for (key, resource) in [
        ("funding", "funding"),
        ("contacts", "contact"),
        ("phones", "phone"),
        ("programs", "program"),
        ("organization_identifiers", "organization_identifier"),
    ] {
        put(
            &mut v,
            key,
            children(db, resource, "organization_id", o.id()).await?,
        );
    }
    let mut locations = Vec::new();
    for l in store::records(db, "location", Some(("organization_id", o.id()))).await? {
        locations.push(location(db, &l).await?);
    }
    put(&mut v, "locations", Value::Array(locations));
    put(&mut v, "attributes", attributes(db, o.id()).await?);
    put(&mut v, "metadata", Value::Array(Vec::new()));
    Ok(v)
}

/// A service with everything the compiled `service.json` nests.
pub async fn service(db: &Db, s: &Record) -> Result<Value, sqlx::Error> {
    let mut v = flat("service", s);
    for (key, resource) in [
        ("phones", "phone"),
        ("schedules", "schedule"),
        ("service_areas", "service_area"),
        ("languages", "language"),
        ("funding", "funding"),
        ("cost_options", "cost_option"),
        ("required_documents", "required_document"),
        ("contacts", "contact"),
    ] {
        put(
            &mut v,
            key,
            children(db, resource, "service_id", s.id()).await?,
        );
    }
    let mut sals = Vec::new();
    for sal in store::records(db, "service_at_location", Some(("service_id", s.id()))).await? {
        sals.push(service_at_location(db, &sal).await?);
    }
    put(&mut v, "service_at_locations", Value::Array(sals));
    if let Some(org) = s.get("organization_id") {
        if let Some(o) = store::get(db, "organization", org).await? {
            put(&mut v, "organization", flat("organization", &o));
        }
    }
    if let Some(p) = s.get("program_id") {
        if let Some(prog) = store::get(db, "program", p).await? {
            put(&mut v, "program", flat("program", &prog));
        }
    }
    put(&mut v, "attributes", attributes(db, s.id()).await?);
    put(&mut v, "metadata", Value::Array(Vec::new()));
    Ok(v)
}

/// The taxonomy terms a query filters on: the term itself, or every term of a taxonomy.
pub async fn term_filter(
    db: &Db,
    term: &str,
    taxonomy: &str,
) -> Result<Option<HashSet<String>>, sqlx::Error> {
    if term.is_empty() && taxonomy.is_empty() {
        return Ok(None);
    }
    let mut ids = HashSet::new();
    if !term.is_empty() {
        ids.insert(term.to_string());
    }
    if !taxonomy.is_empty() {
        for t in store::records(db, "taxonomy_term", Some(("taxonomy_id", taxonomy))).await? {
            ids.insert(t.id().to_string());
        }
    }
    Ok(Some(ids))
}

/// Ids of the records that carry any of `terms` as an attribute.
pub async fn linked_to_terms(
    db: &Db,
    terms: &HashSet<String>,
) -> Result<HashSet<String>, sqlx::Error> {
    Ok(store::records(db, "attribute", None)
        .await?
        .iter()
        .filter(|a| a.get("taxonomy_term_id").is_some_and(|t| terms.contains(t)))
        .filter_map(|a| a.get("link_id").map(String::from))
        .collect())
}

/// Great-circle distance in metres.
pub fn metres(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6_371_000.0 * h.sqrt().asin()
}

/// Location ids in a postcode, or within `proximity` metres of its point (a Los Angeles
/// County ZIP code's, otherwise the mean of the directory's locations with an address there). `None`: no place filter.
pub async fn near(
    db: &Db,
    postcode: &str,
    proximity: &str,
) -> Result<Option<HashSet<String>>, crate::web::errors::AppError> {
    use crate::web::errors::AppError;
    if postcode.is_empty() {
        if !proximity.is_empty() {
            return Err(AppError::field("postcode", "is needed with proximity"));
        }
        return Ok(None);
    }
    let in_code: HashSet<String> = store::records(db, "address", None)
        .await?
        .iter()
        .filter(|a| {
            a.get("postal_code")
                .is_some_and(|p| p.trim() == postcode.trim())
        })
        .filter_map(|a| a.get("location_id").map(String::from))
        .collect();
    if proximity.is_empty() {
        return Ok(Some(in_code));
    }
    let radius: f64 = proximity
        .parse()
        .ok()
        .filter(|m: &f64| m.is_finite() && *m > 0.0 && *m <= 200_000.0)
        .ok_or_else(|| {
            AppError::field("proximity", "must be a distance in metres, up to 200000")
        })?;
    let locations = store::records(db, "location", None).await?;
    let point = |l: &Record| {
        Some((
            l.get("latitude")?.parse::<f64>().ok()?,
            l.get("longitude")?.parse::<f64>().ok()?,
        ))
    };
    let inside: Vec<(f64, f64)> = locations
        .iter()
        .filter(|l| in_code.contains(l.id()))
        .filter_map(point)
        .collect();
    if inside.is_empty() && super::zips::point(postcode).is_none() {
        return Err(AppError::field(
            "postcode",
            "no location in the directory has this postcode",
        ));
    }
    let n = inside.len() as f64;
    let centre = super::zips::point(postcode).unwrap_or_else(|| {
        (
            inside.iter().map(|p| p.0).sum::<f64>() / n,
            inside.iter().map(|p| p.1).sum::<f64>() / n,
        )
    });
    Ok(Some(
        locations
            .iter()
            .filter(|l| point(l).is_some_and(|p| metres(centre, p) <= radius))
            .map(|l| l.id().to_string())
            .collect(),
    ))
}
