//! The daily briefing for the Mayor: one Los Angeles day's new and confirmed incidents by
//! department, and the facts that need attention.

use super::model::Filter;
use crate::db::Db;
use crate::reports::model::{codes_in, utc_to_la_local, AGENCIES, NOTABLE};
use chrono::NaiveDate;
use sqlx::Row;

/// More than this in one day is not a briefing any more; the dashboard and exports cover it.
pub const MAX_ITEMS: i64 = 2000;

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Item {
    pub incident_id: i64,
    pub department: String,
    /// Facility, or the address a report gave.
    pub place: String,
    /// Los Angeles time the incident began (HH:MM, or a date when not on the day).
    pub began: String,
    pub state: String,
    pub agencies: Vec<String>,
    pub notable: Vec<String>,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Briefing {
    pub day: String,
    pub new: Vec<Item>,
    pub confirmed: Vec<Item>,
    /// Whether either list reached the limit.
    pub truncated: bool,
}

impl Briefing {
    /// Items with any notable fact, new and confirmed, each once.
    pub fn notable(&self) -> Vec<&Item> {
        let mut seen = std::collections::HashSet::new();
        self.new
            .iter()
            .chain(self.confirmed.iter())
            .filter(|i| !i.notable.is_empty() && seen.insert(i.incident_id))
            .collect()
    }
}

/// Items grouped by department, departments in name order (lists come sorted by department).
pub fn by_department(items: &[Item]) -> Vec<(String, Vec<&Item>)> {
    let mut out: Vec<(String, Vec<&Item>)> = Vec::new();
    for i in items {
        match out.last_mut() {
            Some((d, list)) if *d == i.department => list.push(i),
            _ => out.push((i.department.clone(), vec![i])),
        }
    }
    out
}

const SELECT: &str = "SELECT i.id, d.name, COALESCE(f.name, (SELECT r.location_text FROM reports r WHERE r.incident_id = i.id ORDER BY r.id LIMIT 1), ''), \
    i.first_observed_at, i.state, i.agency_mask, i.notable_mask \
    FROM incidents i JOIN departments d ON d.id = i.department_id LEFT JOIN facilities f ON f.id = i.facility_id";

async fn items(db: &Db, condition: &str, day: NaiveDate) -> Result<Vec<Item>, sqlx::Error> {
    let (start, end) = Filter {
        from: day,
        to: day,
        ..Filter::default()
    }
    .bounds();
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE {condition} ORDER BY d.name, i.first_observed_at, i.id LIMIT $3"
    ))
    .bind(start)
    .bind(end)
    .bind(MAX_ITEMS)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let began: String = r.try_get(3)?;
            let local = chrono::DateTime::parse_from_rfc3339(&began)
                .map(|t| utc_to_la_local(t.with_timezone(&chrono::Utc)));
            Ok(Item {
                incident_id: r.try_get(0)?,
                department: r.try_get(1)?,
                place: r.try_get(2)?,
                began: match local {
                    Ok(t) if t.date() == day => t.format("%H:%M").to_string(),
                    Ok(t) => t.format("%Y-%m-%d %H:%M").to_string(),
                    Err(_) => began,
                },
                state: r.try_get(4)?,
                agencies: codes_in(AGENCIES.codes, r.try_get(5)?)
                    .into_iter()
                    .map(String::from)
                    .collect(),
                notable: codes_in(&NOTABLE, r.try_get(6)?)
                    .into_iter()
                    .map(String::from)
                    .collect(),
            })
        })
        .collect()
}

pub async fn build(db: &Db, day: NaiveDate) -> Result<Briefing, sqlx::Error> {
    let new = items(
        db,
        "i.first_observed_at >= $1 AND i.first_observed_at < $2",
        day,
    )
    .await?;
    let confirmed = items(
        db,
        "i.id IN (SELECT h.incident_id FROM incident_history h WHERE h.to_state = 'confirmed' AND h.at >= $1 AND h.at < $2)",
        day,
    )
    .await?;
    Ok(Briefing {
        day: day.to_string(),
        truncated: new.len() as i64 >= MAX_ITEMS || confirmed.len() as i64 >= MAX_ITEMS,
        new,
        confirmed,
    })
}
