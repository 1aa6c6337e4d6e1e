//! The Mayor's Office's view across departments: the dashboard (filters, counts, timeline,
//! map, most-reported facilities) and the daily briefing.

pub mod api;
pub mod briefing;
pub mod model;
pub mod store;
pub mod timeline;
pub mod web;

use crate::db::Db;
use model::{Counts, Filter};
use std::collections::HashMap;

/// How many facilities the "most reports" list shows.
pub const TOP_FACILITIES: usize = 10;

pub struct Overview {
    pub counts: Counts,
    pub departments: HashMap<i64, String>,
    pub facilities: HashMap<i64, String>,
}

impl Overview {
    pub fn department(&self, id: i64) -> String {
        self.departments.get(&id).cloned().unwrap_or_default()
    }

    pub fn facility(&self, id: i64) -> String {
        self.facilities.get(&id).cloned().unwrap_or_default()
    }

    /// (id, name, incidents), most first.
    pub fn by_department(&self) -> Vec<(i64, String, usize)> {
        model::top(&self.counts.by_department, usize::MAX)
            .into_iter()
            .map(|(id, n)| (id, self.department(id), n))
            .collect()
    }

    pub fn top_facilities(&self) -> Vec<(i64, String, usize)> {
        model::top(&self.counts.by_facility, TOP_FACILITIES)
            .into_iter()
            .map(|(id, n)| (id, self.facility(id), n))
            .collect()
    }
}

pub async fn overview(db: &Db, filter: &Filter) -> Result<Overview, sqlx::Error> {
    let counts = store::counts(db, filter).await?;
    let dept_ids: Vec<i64> = counts.by_department.keys().copied().collect();
    let facility_ids: Vec<i64> = model::top(&counts.by_facility, TOP_FACILITIES)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    Ok(Overview {
        departments: store::names(db, "departments", &dept_ids)
            .await?
            .into_iter()
            .collect(),
        facilities: store::names(db, "facilities", &facility_ids)
            .await?
            .into_iter()
            .collect(),
        counts,
    })
}

/// Today's date in Los Angeles.
pub fn today() -> chrono::NaiveDate {
    crate::reports::model::utc_to_la_local(chrono::Utc::now()).date()
}
