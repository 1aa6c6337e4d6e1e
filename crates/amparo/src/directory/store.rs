//! SQL for the directory: HSDS records of every resource in one table, written in one
//! transaction per import, read back by resource, id and link.

use crate::db::{Db, WriteTx};
use hsds::{Dataset, Package, Record};
use sqlx::Row;
use std::collections::BTreeMap;

fn record_json(r: &Record) -> String {
    let map: serde_json::Map<String, serde_json::Value> = r
        .values
        .iter()
        .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
        .collect();
    serde_json::Value::Object(map).to_string()
}

fn record_from(data: &str) -> Record {
    let values = match serde_json::from_str::<serde_json::Value>(data) {
        Ok(serde_json::Value::Object(m)) => m
            .into_iter()
            .filter_map(|(k, v)| v.as_str().map(|s| (k, s.to_string())))
            .collect(),
        _ => BTreeMap::new(),
    };
    Record { values }
}

fn search_text(r: &Record) -> String {
    ["name", "alternate_name", "description"]
        .iter()
        .filter_map(|f| r.get(f))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Writes every record of `data` (new ones inserted, existing ones by (resource, id)
/// replaced). The caller validated the whole package first and commits once.
pub async fn upsert(tx: &mut WriteTx, data: &Dataset, example: bool) -> Result<i64, sqlx::Error> {
    let mut n = 0;
    for (resource, records) in &data.tables {
        for r in records {
            // Coordinates go as text and are cast in SQL: through sqlx's Any driver a NULL is
            // sent with another type than a number, and PostgreSQL then refuses the number
            // when the same prepared statement is run again with one.
            let number = |f: &str| {
                r.get(f)
                    .and_then(|v| v.parse::<f64>().ok())
                    .map(|v| v.to_string())
            };
            sqlx::query(
                "INSERT INTO hsds_records (resource, id, data, organization_id, service_id, \
                 location_id, link_id, taxonomy_term_id, taxonomy_id, search, latitude, longitude, \
                 postal_code, last_modified, example) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11 AS DOUBLE PRECISION), \
                 CAST($12 AS DOUBLE PRECISION), $13, $14, $15) \
                 ON CONFLICT (resource, id) DO UPDATE SET data = excluded.data, \
                 organization_id = excluded.organization_id, service_id = excluded.service_id, \
                 location_id = excluded.location_id, link_id = excluded.link_id, \
                 taxonomy_term_id = excluded.taxonomy_term_id, taxonomy_id = excluded.taxonomy_id, \
                 search = excluded.search, latitude = excluded.latitude, \
                 longitude = excluded.longitude, postal_code = excluded.postal_code, \
                 last_modified = excluded.last_modified, example = excluded.example",
            )
            .bind(resource)
            .bind(r.id())
            .bind(record_json(r))
            .bind(r.get("organization_id"))
            .bind(r.get("service_id"))
            .bind(r.get("location_id"))
            .bind(r.get("link_id"))
            .bind(r.get("taxonomy_term_id"))
            .bind(r.get("taxonomy_id"))
            .bind(search_text(r))
            .bind(number("latitude"))
            .bind(number("longitude"))
            .bind(r.get("postal_code"))
            .bind(r.get("last_modified"))
            .bind(i64::from(example))
            .execute(tx.conn())
            .await?;
            n += 1;
        }
    }
    Ok(n)
}

/// Every record, by resource, in a stable order (for export).
pub async fn dataset(db: &Db) -> Result<Dataset, sqlx::Error> {
    let rows = sqlx::query("SELECT resource, data FROM hsds_records ORDER BY resource, id")
        .fetch_all(db.pool())
        .await?;
    let mut tables: BTreeMap<String, Vec<Record>> = BTreeMap::new();
    for r in rows {
        let resource: String = r.try_get(0)?;
        let data: String = r.try_get(1)?;
        tables.entry(resource).or_default().push(record_from(&data));
    }
    Ok(Dataset { tables })
}

/// Link fields copied into their own (indexed) columns by [`upsert`].
const LINK_COLUMNS: [&str; 6] = [
    "organization_id",
    "service_id",
    "location_id",
    "link_id",
    "taxonomy_term_id",
    "taxonomy_id",
];

/// Records of one resource, optionally only those whose `field` is `value`. A link field
/// with its own column is filtered by the database (nesting a list of services asks this
/// for every child of every service); any other field is filtered here.
pub async fn records(
    db: &Db,
    resource: &str,
    link: Option<(&str, &str)>,
) -> Result<Vec<Record>, sqlx::Error> {
    let indexed = link.and_then(|(field, value)| {
        LINK_COLUMNS
            .iter()
            .find(|c| **c == field)
            .map(|c| (*c, value))
    });
    let rows = match indexed {
        // `column` comes from LINK_COLUMNS, never from a request.
        Some((column, value)) => {
            sqlx::query(&format!(
                "SELECT data FROM hsds_records WHERE resource = $1 AND {column} = $2 ORDER BY id"
            ))
            .bind(resource)
            .bind(value)
            .fetch_all(db.pool())
            .await?
        }
        None => {
            sqlx::query("SELECT data FROM hsds_records WHERE resource = $1 ORDER BY id")
                .bind(resource)
                .fetch_all(db.pool())
                .await?
        }
    };
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let record = record_from(&r.try_get::<String, _>(0)?);
        if link.is_none_or(|(field, value)| record.get(field) == Some(value)) {
            out.push(record);
        }
    }
    Ok(out)
}

pub async fn get(db: &Db, resource: &str, id: &str) -> Result<Option<Record>, sqlx::Error> {
    let row = sqlx::query("SELECT data FROM hsds_records WHERE resource = $1 AND id = $2")
        .bind(resource)
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.map(|r| r.try_get::<String, _>(0).map(|d| record_from(&d)))
        .transpose()
}

/// Removes the records an entry form writes again on each save: the service's phones,
/// languages, hours and needs, and (when `place` is false) its places. Returns how many.
pub async fn delete_entry_children(
    tx: &mut WriteTx,
    service: &str,
    place: bool,
) -> Result<u64, sqlx::Error> {
    let mut n = sqlx::query(
        "DELETE FROM hsds_records WHERE (resource IN ('phone', 'language', 'schedule')          AND service_id = $1) OR (resource = 'attribute' AND link_id = $1)",
    )
    .bind(service)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if !place {
        n += sqlx::query(
            "DELETE FROM hsds_records WHERE resource = 'service_at_location' AND service_id = $1",
        )
        .bind(service)
        .execute(tx.conn())
        .await?
        .rows_affected();
    }
    Ok(n)
}

/// Whether a record was imported as example data.
pub async fn is_example(db: &Db, resource: &str, id: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM hsds_records WHERE resource = $1 AND id = $2 AND example = $3",
    )
    .bind(resource)
    .bind(id)
    .bind(1_i64)
    .fetch_one(db.pool())
    .await?;
    Ok(n > 0)
}

/// Ids of a resource's records that were imported as example data.
pub async fn example_ids(
    db: &Db,
    resource: &str,
) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    let ids: Vec<String> =
        sqlx::query_scalar("SELECT id FROM hsds_records WHERE resource = $1 AND example = $2")
            .bind(resource)
            .bind(1_i64)
            .fetch_all(db.pool())
            .await?;
    Ok(ids.into_iter().collect())
}

pub async fn count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM hsds_records")
        .fetch_one(db.pool())
        .await
}

/// The package is validated as a whole against what is already stored plus itself, so a
/// record may refer to one imported earlier.
pub fn merged(pkg: &Package, stored: &Dataset, incoming: &Dataset) -> Dataset {
    let mut tables = stored.tables.clone();
    for r in &pkg.resources {
        let Some(new) = incoming.tables.get(&r.name) else {
            continue;
        };
        let table = tables.entry(r.name.clone()).or_default();
        for rec in new {
            match table.iter_mut().find(|t| t.id() == rec.id()) {
                Some(old) => *old = rec.clone(),
                None => table.push(rec.clone()),
            }
        }
    }
    Dataset { tables }
}
