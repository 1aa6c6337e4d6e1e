//! The service directory (Open Referral HSDS 3.0): organisations, services, locations and
//! everything HSDS links to them, imported and exported as tabular data packages or JSON,
//! served read-only at `/hsds`. Validation is `crates/hsds`'s; a package is checked whole,
//! against what is already stored, and written in one transaction or not at all.

pub mod api;
pub mod entry;
pub mod entry_web;
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

/// Saves an entry written on the form: its records replace what the service had (phones,
/// languages, hours and needs are written whole each time), after the same whole-directory
/// check as an import. Returns the problems instead when the result would be invalid.
pub async fn save_entry(
    db: &Db,
    who: &AuditActor,
    e: &entry::Entry,
    service_id: Option<&str>,
) -> anyhow::Result<Result<String, Vec<RowError>>> {
    let pkg = hsds::hsds3();
    let mut tx = db.begin_write().await?;
    tx.lock(IMPORT_LOCK).await?;
    let mut stored = store::dataset(db).await?;
    let find = |resource: &str, pred: &dyn Fn(&hsds::Record) -> bool| {
        stored
            .tables
            .get(resource)
            .and_then(|rows| rows.iter().find(|r| pred(r)))
            .map(|r| r.id().to_string())
    };
    let is_new = service_id.is_none();
    let service = service_id.map_or_else(entry::new_uuid, String::from);
    let existing_org = find("organization", &|o| {
        o.get("name")
            .is_some_and(|n| n.eq_ignore_ascii_case(&e.organization))
    });
    let sal = find("service_at_location", &|r| {
        r.get("service_id") == Some(&service)
    });
    let location = sal.as_ref().and_then(|id| {
        stored
            .tables
            .get("service_at_location")?
            .iter()
            .find(|r| r.id() == id)?
            .get("location_id")
            .map(String::from)
    });
    let address = location
        .as_ref()
        .and_then(|l| find("address", &|a| a.get("location_id") == Some(l)));
    let terms = stored
        .tables
        .get("taxonomy_term")
        .into_iter()
        .flatten()
        .filter_map(|t| Some((t.get("code")?.to_string(), t.id().to_string())))
        .collect();
    let ids = entry::Ids {
        organization: existing_org.clone().unwrap_or_else(entry::new_uuid),
        location: location.unwrap_or_else(entry::new_uuid),
        address: address.unwrap_or_else(entry::new_uuid),
        service_at_location: sal.unwrap_or_else(entry::new_uuid),
        service: service.clone(),
        terms,
    };
    let incoming = entry::records(
        e,
        &ids,
        &crate::db::timestamp(chrono::Utc::now()),
        existing_org.is_none(),
    );
    let place = incoming.tables.contains_key("service_at_location");
    // What the form writes again is dropped from the stored copy before the check.
    for (resource, rows) in stored.tables.iter_mut() {
        rows.retain(|r| {
            let own = r.get("service_id") == Some(&service);
            !match resource.as_str() {
                "phone" | "language" | "schedule" => own,
                "attribute" => r.get("link_id") == Some(&service),
                "service_at_location" => own && !place,
                _ => false,
            }
        });
    }
    let problems = hsds::validate_records(pkg, &store::merged(pkg, &stored, &incoming));
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    store::delete_entry_children(&mut tx, &service, place).await?;
    store::upsert(&mut tx, &incoming, e.example).await?;
    sqlx::query(
        "INSERT INTO hsds_imports (format, records, created_by, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind("form")
    .bind(incoming.tables.values().map(Vec::len).sum::<usize>() as i64)
    .bind(&who.actor)
    .bind(crate::db::timestamp(chrono::Utc::now()))
    .execute(tx.conn())
    .await?;
    let action = if is_new {
        "create_directory_entry"
    } else {
        "update_directory_entry"
    };
    audit::record(&mut tx, who, action, "hsds_service", &service, Outcome::Ok).await?;
    tx.commit_quiet().await?;
    Ok(Ok(service))
}

/// An entry as its form shows it, from the stored records of a service.
pub async fn load_entry(db: &Db, service_id: &str) -> anyhow::Result<Option<entry::Entry>> {
    let Some(s) = store::get(db, "service", service_id).await? else {
        return Ok(None);
    };
    let own =
        |resource: &'static str| store::records(db, resource, Some(("service_id", service_id)));
    let organization = match s.get("organization_id") {
        Some(o) => store::get(db, "organization", o).await?,
        None => None,
    };
    let phones = own("phone").await?;
    let languages = own("language").await?;
    let schedules = own("schedule").await?;
    let sal = own("service_at_location").await?;
    let address = match sal.first().and_then(|r| r.get("location_id")) {
        Some(l) => store::records(db, "address", Some(("location_id", l)))
            .await?
            .into_iter()
            .next(),
        None => None,
    };
    let terms = store::records(db, "taxonomy_term", None).await?;
    let needs = store::records(db, "attribute", Some(("link_id", service_id)))
        .await?
        .iter()
        .filter_map(|a| {
            terms
                .iter()
                .find(|t| Some(t.id()) == a.get("taxonomy_term_id"))
        })
        .filter_map(|t| t.get("code").map(String::from))
        .filter(|c| search::NEEDS.contains(&c.as_str()))
        .collect();
    let hours = schedules.first();
    let text =
        |r: Option<&hsds::Record>, f: &str| r.and_then(|r| r.get(f)).unwrap_or("").to_string();
    Ok(Some(entry::Entry {
        organization: text(organization.as_ref(), "name"),
        name: text(Some(&s), "name"),
        description: text(Some(&s), "description"),
        phone: text(phones.first(), "number"),
        url: text(Some(&s), "url"),
        languages: languages
            .iter()
            .filter_map(|l| l.get("code").map(search::language_key))
            .collect(),
        needs,
        address: text(address.as_ref(), "address_1"),
        city: text(address.as_ref(), "city"),
        zip: text(address.as_ref(), "postal_code"),
        days: hours
            .map(|h| hours::days(h).iter().map(|d| d.to_string()).collect())
            .unwrap_or_default(),
        opens: text(hours, "opens_at").chars().take(5).collect(),
        closes: text(hours, "closes_at").chars().take(5).collect(),
        active: s.get("status") != Some("inactive"),
        example: store::is_example(db, "service", service_id).await?,
    }))
}

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
