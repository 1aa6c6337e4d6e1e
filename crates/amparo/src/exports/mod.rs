//! Streamed exports of reports for the Mayor's Office (CSV and GeoJSON). Rows go from the
//! database cursor to the client through a small bounded channel, so memory stays flat
//! however many rows there are, and a slow client slows the query instead of filling memory.

pub mod format;
pub mod web;

use crate::dashboard::model::Filter;
use crate::db::Db;
use crate::reports::store::Report;
use axum::body::Bytes;
use futures_util::TryStreamExt;
use sqlx::Row;
use tokio::sync::mpsc;

/// Bytes gathered before a chunk is sent.
const CHUNK: usize = 64 * 1024;
/// Chunks in flight between the query and the client.
const IN_FLIGHT: usize = 4;

/// A report with what an export adds: its incident, the incident's state, its district.
pub struct ExportRow {
    pub report: Report,
    pub incident_id: Option<i64>,
    pub incident_state: Option<String>,
    pub district: Option<String>,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Csv,
    GeoJson,
}

fn sql() -> String {
    format!(
        "SELECT {}, r.incident_id, i.state, r.district FROM {} LEFT JOIN incidents i ON i.id = r.incident_id \
         WHERE r.observed_at >= $1 AND r.observed_at < $2 AND ($3 = 0 OR r.department_id = $3) \
         AND ($4 = 0 OR r.facility_id = $4) AND ($5 = 0 OR (r.agency_mask & $5) <> 0) \
         AND ($6 = '' OR i.state = $6) AND ($7 = '' OR r.district = $7) ORDER BY r.id",
        crate::reports::store::COLUMNS,
        crate::reports::store::FROM
    )
}

type Chunk = Result<Bytes, std::io::Error>;

/// Starts the query on its own task and returns the receiving end of its output.
pub fn spawn(db: Db, filter: Filter, kind: Kind) -> mpsc::Receiver<Chunk> {
    let (tx, rx) = mpsc::channel::<Chunk>(IN_FLIGHT);
    tokio::spawn(async move {
        if let Err(e) = run(&db, &filter, kind, &tx).await {
            tracing::error!(error = %e, "export stopped");
            // The client sees the body end early rather than a complete-looking file.
            let _ = tx.send(Err(std::io::Error::other("export failed"))).await;
        }
    });
    rx
}

async fn run(db: &Db, f: &Filter, kind: Kind, tx: &mpsc::Sender<Chunk>) -> anyhow::Result<()> {
    let (start, end) = f.bounds();
    let sql = sql();
    let mut rows = sqlx::query(&sql)
        .bind(start)
        .bind(end)
        .bind(f.department_id.unwrap_or(0))
        .bind(f.facility_id.unwrap_or(0))
        .bind(f.agency_mask())
        .bind(f.state.clone().unwrap_or_default())
        .bind(f.district.clone().unwrap_or_default())
        .fetch(db.pool());
    let mut out = format::Writer::new(kind);
    let mut buf = out.header();
    while let Some(r) = rows.try_next().await? {
        let row = ExportRow {
            report: crate::reports::store::report(&r)?,
            incident_id: r.try_get(40)?,
            incident_state: r.try_get(41)?,
            district: r.try_get(42)?,
        };
        out.row(&row, &mut buf)?;
        if buf.len() >= CHUNK {
            let full = std::mem::take(&mut buf);
            if tx.send(Ok(Bytes::from(full))).await.is_err() {
                // The client went away; stop reading.
                return Ok(());
            }
        }
    }
    buf.extend_from_slice(&out.footer());
    let _ = tx.send(Ok(Bytes::from(buf))).await;
    Ok(())
}
