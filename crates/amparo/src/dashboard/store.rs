//! SQL for the dashboard: the incidents a filter selects, in the fewest columns that serve.

use super::model::{Filter, Row};
use crate::db::Db;
use crate::incidents::store::Incident;
use sqlx::Row as _;

const WHERE: &str = "i.first_observed_at >= $1 AND i.first_observed_at < $2 \
    AND ($3 = 0 OR i.department_id = $3) AND ($4 = 0 OR i.facility_id = $4) \
    AND ($5 = 0 OR (i.agency_mask & $5) <> 0) AND ($6 = '' OR i.state = $6) \
    AND ($7 = '' OR i.district = $7)";

macro_rules! bind_filter {
    ($q:expr, $f:expr) => {{
        let (start, end) = $f.bounds();
        $q.bind(start)
            .bind(end)
            .bind($f.department_id.unwrap_or(0))
            .bind($f.facility_id.unwrap_or(0))
            .bind($f.agency_mask())
            .bind($f.state.clone().unwrap_or_default())
            .bind($f.district.clone().unwrap_or_default())
    }};
}

/// Every incident the filter selects, for counting.
pub async fn rows(db: &Db, f: &Filter) -> Result<Vec<Row>, sqlx::Error> {
    let sql = format!(
        "SELECT i.id, i.department_id, i.facility_id, i.state, i.first_observed_at, i.agency_mask, \
         i.activity_mask, i.notable_mask, i.district, i.latitude, i.longitude FROM incidents i WHERE {WHERE}"
    );
    let rows = bind_filter!(sqlx::query(&sql), f)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Row {
                id: r.try_get(0)?,
                department_id: r.try_get(1)?,
                facility_id: r.try_get(2)?,
                state: r.try_get(3)?,
                first_observed_at: r.try_get(4)?,
                agency_mask: r.try_get(5)?,
                activity_mask: r.try_get(6)?,
                notable_mask: r.try_get(7)?,
                district: r.try_get(8)?,
                latitude: r.try_get(9)?,
                longitude: r.try_get(10)?,
            })
        })
        .collect()
}

/// One page of the selected incidents, newest first; `before` is the last id of the page
/// before.
pub async fn page(
    db: &Db,
    f: &Filter,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Incident>, sqlx::Error> {
    let sql = format!(
        "{} WHERE {WHERE} AND ($8 = 0 OR i.id < $8) ORDER BY i.id DESC LIMIT $9",
        crate::incidents::store::SELECT
    );
    let rows = bind_filter!(sqlx::query(&sql), f)
        .bind(before.unwrap_or(0))
        .bind(limit)
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(crate::incidents::store::incident).collect()
}

/// Names by id for the departments and facilities on the page.
pub async fn names(db: &Db, table: &str, ids: &[i64]) -> Result<Vec<(i64, String)>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // ids are integers from our own rows, so listing them inline is safe.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let table = if table == "facilities" {
        "facilities"
    } else {
        "departments"
    };
    let rows = sqlx::query(&format!(
        "SELECT id, name FROM {table} WHERE id IN ({list})"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
}
