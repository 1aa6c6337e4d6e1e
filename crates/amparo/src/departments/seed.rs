//! The City's departments from the shipped CSV, and the demo facilities.

use super::model::{DepartmentInput, FacilityInput};
use crate::audit::AuditActor;
use crate::db::Db;
use crate::events::Events;

const DEPARTMENTS_CSV: &str = include_str!("../../seed/la-city-departments.csv");

#[derive(serde::Deserialize)]
struct Row {
    name: String,
    abbreviation: String,
    kind: String,
}

pub fn departments() -> anyhow::Result<Vec<DepartmentInput>> {
    let mut reader = csv::Reader::from_reader(DEPARTMENTS_CSV.as_bytes());
    reader
        .deserialize::<Row>()
        .map(|r| {
            let r = r?;
            Ok(DepartmentInput {
                name: r.name,
                abbreviation: r.abbreviation,
                kind: r.kind,
                headcount: None,
            })
        })
        .collect()
}

/// Loads the City departments that are not there yet; returns how many were added.
pub async fn load_departments(db: &Db, events: &Events, who: &AuditActor) -> anyhow::Result<usize> {
    let mut added = 0;
    for d in departments()? {
        if super::find_by_abbreviation(db, &d.abbreviation)
            .await?
            .is_some()
        {
            continue;
        }
        let abbr = d.abbreviation.clone();
        match super::create(db, events, who, d).await? {
            Ok(_) => added += 1,
            Err(p) => anyhow::bail!("seed department {abbr} rejected: {p:?}"),
        }
    }
    Ok(added)
}

/// Two made-up facilities per department that has none, spread over central Los Angeles.
pub async fn load_demo_facilities(
    db: &Db,
    events: &Events,
    who: &AuditActor,
) -> anyhow::Result<usize> {
    let mut added = 0;
    for (i, d) in super::list(db, None, false).await?.into_iter().enumerate() {
        if d.facility_count > 0 {
            continue;
        }
        // Spread the demo sites a few hundred metres apart, rounded to five decimals.
        let offset = i as f64 * 0.003;
        let round = |v: f64| (v * 100_000.0).round() / 100_000.0;
        let facilities = [
            FacilityInput {
                name: format!("{} main office (demo)", d.name),
                address: format!("{} N Spring St, Los Angeles, CA 90012 (demo)", 100 + i * 2),
                latitude: Some(round(34.0537 + offset / 3.0)),
                longitude: Some(round(-118.2428 - offset / 3.0)),
                non_public_areas:
                    "Staff offices, records room and anything behind the front counter (demo)"
                        .into(),
            },
            FacilityInput {
                name: format!("{} field office (demo)", d.name),
                address: format!(
                    "{} W Olympic Blvd, Los Angeles, CA 90015 (demo)",
                    1000 + i * 10
                ),
                latitude: Some(round(34.0407 - offset / 2.0)),
                longitude: Some(round(-118.2668 + offset)),
                non_public_areas: "Employee break room, equipment yard (demo)".into(),
            },
        ];
        for f in facilities {
            match super::add_facility(db, events, who, d.id, f).await? {
                Ok(_) => added += 1,
                Err(p) => anyhow::bail!("demo facility for {} rejected: {p:?}", d.abbreviation),
            }
        }
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_city_list_has_46_valid_departments() {
        let all = super::departments().unwrap_or_default();
        assert_eq!(all.len(), 46);
        for d in all {
            assert!(d.clone().checked().is_ok(), "{}", d.name);
        }
    }
}
