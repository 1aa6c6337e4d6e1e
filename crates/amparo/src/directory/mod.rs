//! The service directory (Open Referral HSDS 3.0): organisations, services, locations and
//! everything HSDS links to them, imported and exported as tabular data packages or JSON,
//! served read-only at `/hsds`. Validation is `crates/hsds`'s; a package is checked whole,
//! against what is already stored, and written in one transaction or not at all.

pub mod api;
pub mod hours;
pub mod nest;
pub mod public;
pub mod search;
pub mod store;
pub mod web;
pub mod zips;

use crate::audit::{self, AuditActor, Outcome};
use crate::db::Db;
use hsds::{Dataset, RowError};
use std::collections::BTreeMap;

/// The HSDS API description (CC BY-SA 4.0, Open Referral), served at `/hsds/openapi.json`.
pub const OPENAPI: &str = include_str!("../../seed/hsds-openapi.json");

/// Imports a tabular data package (file name → bytes). Everything or nothing: on any
/// problem, every problem found is returned and nothing is written.
pub async fn import_csv(
    db: &Db,
    who: &AuditActor,
    files: &BTreeMap<String, Vec<u8>>,
    example: bool,
) -> anyhow::Result<Result<i64, Vec<RowError>>> {
    let pkg = hsds::hsds3();
    let mut files = files.clone();
    // The descriptor travels with the package; the records are checked against HSDS 3.0's.
    files.remove("datapackage.json");
    let stored = store::dataset(db).await?;
    let incoming = match hsds::import_csv_onto(pkg, &files, &stored) {
        Ok(d) => d,
        Err(problems) => return Ok(Err(problems)),
    };
    save(db, who, &incoming, "csv", example).await
}

/// Imports HSDS JSON: `{ "<resource>": [ {fields…}, … ], … }` with flat records.
pub async fn import_json(
    db: &Db,
    who: &AuditActor,
    body: &serde_json::Value,
) -> anyhow::Result<Result<i64, Vec<RowError>>> {
    let pkg = hsds::hsds3();
    let Some(obj) = body.as_object() else {
        return Ok(Err(vec![RowError {
            file: "body".into(),
            line: 1,
            field: None,
            message: "must be an object of resource name to an array of records".into(),
        }]));
    };
    let mut tables: BTreeMap<String, Vec<hsds::Record>> = BTreeMap::new();
    let mut problems = Vec::new();
    for (name, rows) in obj {
        let Some(res) = pkg.resources.iter().find(|r| &r.name == name) else {
            problems.push(RowError {
                file: name.clone(),
                line: 1,
                field: None,
                message: "is not an HSDS 3.0 resource".into(),
            });
            continue;
        };
        let list = rows.as_array().cloned().unwrap_or_default();
        for (i, row) in list.iter().enumerate() {
            match row.as_object() {
                Some(o) => tables
                    .entry(name.clone())
                    .or_default()
                    .push(hsds::record_from_json(res, o)),
                None => problems.push(RowError {
                    file: name.clone(),
                    line: i as u64 + 1,
                    field: None,
                    message: "must be an object".into(),
                }),
            }
        }
    }
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    save(db, who, &Dataset { tables }, "json", false).await
}

async fn save(
    db: &Db,
    who: &AuditActor,
    incoming: &Dataset,
    format: &str,
    example: bool,
) -> anyhow::Result<Result<i64, Vec<RowError>>> {
    let pkg = hsds::hsds3();
    let mut tx = db.begin_write().await?;
    // One import at a time, so the whole-package check sees what the write will see.
    tx.lock(IMPORT_LOCK).await?;
    let stored = store::dataset(db).await?;
    let problems = hsds::validate_records(pkg, &store::merged(pkg, &stored, incoming));
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let n = store::upsert(&mut tx, incoming, example).await?;
    sqlx::query(
        "INSERT INTO hsds_imports (format, records, created_by, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(format)
    .bind(n)
    .bind(&who.actor)
    .bind(crate::db::timestamp(chrono::Utc::now()))
    .execute(tx.conn())
    .await?;
    audit::record(
        &mut tx,
        who,
        "import_directory",
        "directory",
        n,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Ok(n))
}

const IMPORT_LOCK: i64 = 727_030;

/// A shipped tabular package: (file name, bytes).
type Shipped = &'static [(&'static str, &'static [u8])];

macro_rules! shipped {
    ($dir:literal: $($file:literal),+) => {
        &[$(($file, include_bytes!(concat!("../../seed/", $dir, "/", $file)))),+]
    };
}

/// Real, checkable Los Angeles entries (seed/README.md gives each one's source) and
/// amparo's needs taxonomy.
pub const LA_SEED: Shipped = shipped!("directory-la": "organizations.csv", "services.csv",
    "phones.csv", "languages.csv", "attributes.csv", "schedules.csv", "taxonomies.csv",
    "taxonomy_terms.csv");

/// Made-up entries with places, languages and hours, marked as examples wherever shown.
pub const EXAMPLE_SEED: Shipped = shipped!("directory-example": "organizations.csv",
    "services.csv", "phones.csv", "languages.csv", "attributes.csv", "schedules.csv",
    "locations.csv", "addresses.csv", "service_at_location.csv");

/// Imports the shipped packages (the real one, then the examples, marked). Running it again
/// replaces the same records by id.
pub async fn seed(db: &Db, who: &AuditActor, examples: bool) -> anyhow::Result<i64> {
    let mut total = 0;
    let packages: &[(Shipped, bool)] = if examples {
        &[(LA_SEED, false), (EXAMPLE_SEED, true)]
    } else {
        &[(LA_SEED, false)]
    };
    for (files, example) in packages {
        let files: BTreeMap<String, Vec<u8>> = files
            .iter()
            .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
            .collect();
        match import_csv(db, who, &files, *example).await? {
            Ok(n) => total += n,
            Err(problems) => anyhow::bail!("shipped directory data is invalid: {problems:?}"),
        }
    }
    Ok(total)
}
