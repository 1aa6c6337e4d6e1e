//! Public statistics: weekly counts of incidents by department or council district, and
//! counts by ~500 m grid cell, for anyone to read without signing in. Counts between 1 and
//! 10 are suppressed so that no published number, total or difference of totals singles out
//! an event; nothing is published before it is 24 hours old.

pub mod model;
pub mod web;

use crate::db::Db;
use crate::reports::model::{la_local_to_utc, utc_to_la_local};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use model::{By, DELAY_HOURS, EXCLUDED_STATES, GRID_M, SUPPRESS_MAX, SUPPRESS_MIN};
use sqlx::Row;

pub struct Published {
    pub by: By,
    /// Only incidents observed and recorded before this instant are counted.
    pub as_of: DateTime<Utc>,
    pub weeks: Vec<NaiveDate>,
    /// Rows are departments or districts, columns are weeks.
    pub table: disclosure::Table,
}

struct Counted {
    department_id: i64,
    district: Option<String>,
    day: NaiveDate,
    point: Option<(f64, f64)>,
}

fn cutoff(now: DateTime<Utc>) -> DateTime<Utc> {
    now - chrono::Duration::hours(DELAY_HOURS)
}

async fn counted(
    db: &Db,
    weeks: &[NaiveDate],
    as_of: DateTime<Utc>,
) -> anyhow::Result<Vec<Counted>> {
    let first = weeks.first().copied().unwrap_or_else(|| as_of.date_naive());
    let start = la_local_to_utc(first.and_time(NaiveTime::MIN));
    let excluded = EXCLUDED_STATES.map(|s| format!("'{s}'")).join(", ");
    let rows = sqlx::query(&format!(
        "SELECT department_id, district, first_observed_at, latitude, longitude FROM incidents \
         WHERE first_observed_at >= $1 AND first_observed_at < $2 AND created_at < $2 AND state NOT IN ({excluded})"
    ))
    .bind(crate::db::timestamp(start))
    .bind(crate::db::timestamp(as_of))
    .fetch_all(db.pool())
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let at: String = r.try_get(2)?;
        let Ok(at) = DateTime::parse_from_rfc3339(&at) else {
            continue;
        };
        let lat: Option<f64> = r.try_get(3)?;
        let lon: Option<f64> = r.try_get(4)?;
        out.push(Counted {
            department_id: r.try_get(0)?,
            district: r.try_get(1)?,
            day: utc_to_la_local(at.with_timezone(&Utc)).date(),
            point: lat.zip(lon),
        });
    }
    Ok(out)
}

pub fn weeks_ending(now: DateTime<Utc>, weeks: i64) -> Vec<NaiveDate> {
    model::week_starts(utc_to_la_local(cutoff(now)).date(), weeks)
}

pub async fn build(db: &Db, by: By, weeks: i64, now: DateTime<Utc>) -> anyhow::Result<Published> {
    let as_of = cutoff(now);
    let week_starts = weeks_ending(now, weeks);
    let incidents = counted(db, &week_starts, as_of).await?;
    let (keys, names): (Vec<String>, Vec<String>) = match by {
        By::Department => crate::departments::store::list(db, None, false)
            .await?
            .into_iter()
            .map(|d| (d.id.to_string(), d.name))
            .unzip(),
        By::District => crate::districts::current(db)
            .await?
            .map(|(_, d)| {
                d.names()
                    .iter()
                    .map(|n| (n.to_string(), n.to_string()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
            .into_iter()
            .unzip(),
    };
    let counts = model::tally(
        &keys,
        &week_starts,
        incidents.into_iter().filter_map(|c| {
            let key = match by {
                By::Department => Some(c.department_id.to_string()),
                By::District => c.district,
            };
            key.map(|k| (k, c.day))
        }),
    );
    let table = disclosure::publish(
        names,
        week_starts.iter().map(NaiveDate::to_string).collect(),
        &counts,
        SUPPRESS_MIN,
        SUPPRESS_MAX,
    )?;
    Ok(Published {
        by,
        as_of,
        weeks: week_starts,
        table,
    })
}

/// Incidents per grid cell over the same weeks: cell centres and a one-row table (with its
/// total) suppressed by the same rules, so a lone small cell cannot be read off the total.
pub async fn grid(
    db: &Db,
    weeks: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<(Vec<(f64, f64)>, disclosure::Table)> {
    let week_starts = weeks_ending(now, weeks);
    let incidents = counted(db, &week_starts, cutoff(now)).await?;
    let mut cells: std::collections::BTreeMap<(i64, i64), u64> = Default::default();
    for (lat, lon) in incidents.iter().filter_map(|c| c.point) {
        let (lat, lon) = geo::snap_to_grid(lat, lon, GRID_M);
        // Snapped values have five decimals; as integers they order and compare exactly.
        *cells
            .entry(((lat * 1e5).round() as i64, (lon * 1e5).round() as i64))
            .or_default() += 1;
    }
    let centres: Vec<(f64, f64)> = cells
        .keys()
        .map(|(a, b)| (*a as f64 / 1e5, *b as f64 / 1e5))
        .collect();
    let table = disclosure::publish(
        vec!["all".into()],
        centres.iter().map(|(a, b)| format!("{a},{b}")).collect(),
        &[cells.values().copied().collect()],
        SUPPRESS_MIN,
        SUPPRESS_MAX,
    )?;
    Ok((centres, table))
}
