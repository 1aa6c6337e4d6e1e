//! SQL for the dashboard: the incidents a filter selects, in the fewest columns that serve.

use super::model::{Counts, Filter, Point};
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

async fn grouped<K>(
    db: &Db,
    f: &Filter,
    key: &str,
    extra: &str,
) -> Result<Vec<(K, usize)>, sqlx::Error>
where
    K: for<'r> sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    let sql =
        format!("SELECT {key}, COUNT(*) FROM incidents i WHERE {WHERE} {extra} GROUP BY {key}");
    let rows = bind_filter!(sqlx::query(&sql), f)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get::<K, _>(0)?, r.try_get::<i64, _>(1)? as usize)))
        .collect()
}

/// The dashboard's counts, each grouped by the database over the filter's index range, so
/// the cost follows the number of groups sent back, not the number of incidents.
pub async fn counts(db: &Db, f: &Filter) -> Result<Counts, sqlx::Error> {
    use crate::reports::model::{ACTIVITIES, AGENCIES};
    let (departments, states, districts, facilities, agencies, activities, hours) = tokio::try_join!(
        grouped::<i64>(db, f, "i.department_id", ""),
        grouped::<String>(db, f, "i.state", ""),
        grouped::<String>(db, f, "i.district", "AND i.district IS NOT NULL"),
        grouped::<i64>(db, f, "i.facility_id", "AND i.facility_id IS NOT NULL"),
        grouped::<i64>(db, f, "i.agency_mask", ""),
        grouped::<i64>(db, f, "i.activity_mask", ""),
        grouped::<String>(db, f, "substr(i.first_observed_at, 1, 13)", ""),
    )?;
    Ok(Counts {
        total: departments.iter().map(|(_, n)| n).sum(),
        by_department: departments.into_iter().collect(),
        by_state: states.into_iter().collect(),
        by_district: districts.into_iter().collect(),
        by_facility: facilities.into_iter().collect(),
        by_agency: super::model::expand_masks(AGENCIES.codes, &agencies),
        by_activity: super::model::expand_masks(ACTIVITIES.codes, &activities),
        by_day: super::model::days_from_hours(f, &hours),
    })
}

/// The newest `limit` selected incidents that have coordinates, for the map.
pub async fn points(db: &Db, f: &Filter, limit: i64) -> Result<Vec<Point>, sqlx::Error> {
    let sql = format!(
        "SELECT i.id, i.state, i.first_observed_at, i.latitude, i.longitude FROM incidents i WHERE {WHERE} \
         AND i.latitude IS NOT NULL AND i.longitude IS NOT NULL ORDER BY i.first_observed_at DESC LIMIT $8"
    );
    let rows = bind_filter!(sqlx::query(&sql), f)
        .bind(limit)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Point {
                id: r.try_get(0)?,
                state: r.try_get(1)?,
                first_observed_at: r.try_get(2)?,
                latitude: r.try_get(3)?,
                longitude: r.try_get(4)?,
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
