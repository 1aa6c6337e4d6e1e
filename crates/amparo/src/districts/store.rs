//! SQL for council district maps and the districts assigned to reports and incidents.

use crate::db::{timestamp, Db, WriteTx};
use sqlx::Row;

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct MapInfo {
    pub id: i64,
    pub name: String,
    pub digest: String,
    pub district_count: i64,
    pub loaded_by: String,
    pub loaded_at: String,
}

/// The map in force: the newest loaded.
pub async fn current(db: &Db) -> Result<Option<MapInfo>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, name, digest, district_count, loaded_by, loaded_at FROM district_maps ORDER BY id DESC LIMIT 1",
    )
    .fetch_optional(db.pool())
    .await?;
    row.map(|r| {
        Ok(MapInfo {
            id: r.try_get(0)?,
            name: r.try_get(1)?,
            digest: r.try_get(2)?,
            district_count: r.try_get(3)?,
            loaded_by: r.try_get(4)?,
            loaded_at: r.try_get(5)?,
        })
    })
    .transpose()
}

pub async fn geojson(db: &Db, id: i64) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query("SELECT geojson FROM district_maps WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.map(|r| r.try_get(0)).transpose()
}

pub struct NewMap<'a> {
    pub name: &'a str,
    pub digest: &'a str,
    pub geojson: &'a str,
    pub district_count: i64,
    pub loaded_by: &'a str,
}

pub async fn insert(tx: &mut WriteTx, m: &NewMap<'_>) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO district_maps (name, digest, geojson, district_count, loaded_by, loaded_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(m.name)
    .bind(m.digest)
    .bind(m.geojson)
    .bind(m.district_count)
    .bind(m.loaded_by)
    .bind(timestamp(chrono::Utc::now()))
    .fetch_one(tx.conn())
    .await?;
    row.try_get(0)
}

/// Every located row of `table` (reports or incidents): (id, latitude, longitude).
pub async fn located(tx: &mut WriteTx, table: Table) -> Result<Vec<(i64, f64, f64)>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT id, latitude, longitude FROM {} WHERE latitude IS NOT NULL AND longitude IS NOT NULL",
        table.name()
    ))
    .fetch_all(tx.conn())
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
        .collect()
}

pub async fn set_district(
    tx: &mut WriteTx,
    table: Table,
    id: i64,
    district: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "UPDATE {} SET district = $1 WHERE id = $2",
        table.name()
    ))
    .bind(district)
    .bind(id)
    .execute(tx.conn())
    .await?;
    Ok(())
}

#[derive(Clone, Copy)]
pub enum Table {
    Reports,
    Incidents,
}

impl Table {
    fn name(self) -> &'static str {
        match self {
            Table::Reports => "reports",
            Table::Incidents => "incidents",
        }
    }
}
