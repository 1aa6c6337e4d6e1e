//! Export benchmark: 100,000 reports streamed as CSV and as GeoJSON. Reports the time, the
//! size and how much the server's memory grew while streaming (constant memory means this
//! stays flat as the row count grows: compare runs with different counts).
//!
//! cargo run --release -p amparo --example export -- [DATABASE_URL] [REPORTS]

use amparo::audit::AuditActor;
use amparo::events::Events;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

#[path = "common/mod.rs"]
mod common;
use common::{rss_kib, Lcg, Scratch};

const BATCH: usize = 500;

async fn seed(db: &amparo::db::Db, n: usize, department: i64) -> anyhow::Result<()> {
    let mut rng = Lcg(7);
    let now = chrono::Utc::now();
    let mut done = 0;
    while done < n {
        let mut values = Vec::with_capacity(BATCH);
        for i in 0..BATCH.min(n - done) {
            let at = amparo::db::timestamp(
                now - chrono::Duration::minutes(rng.next(300 * 24 * 60) as i64),
            );
            let lat = 33.75 + rng.next(5000) as f64 / 10_000.0;
            let lon = -118.65 + rng.next(5000) as f64 / 10_000.0;
            values.push(format!(
                "('bench-export-{:09}', 'x', 'bench', {department}, 'Gate {}', {lat}, {lon}, 'public', '{at}', 0, 'ice_ero,cbp', '', \
                 'unknown', 'some', 'unknown', '', '', 'surveillance', 'unknown', 'unknown', 'unknown', 'unknown', '', 'unknown', 0, 0, 0, \
                 'unknown', 'Two agents in vests stood by the gate for about twenty minutes and then left in a grey van.', 0, 'new', '{at}', 3, 2, 8)",
                done + i,
                i % 11
            ));
        }
        done += values.len();
        let mut tx = db.begin_write().await?;
        sqlx::query(&format!(
            "INSERT INTO reports (idempotency_key, request_hash, reporter, department_id, location_text, latitude, longitude, area, \
             observed_at, ongoing, agencies, identified_by, attire, masked, id_visible, supervisor_name, supervisor_badge, activities, \
             warrant, nonpublic_requested, nonpublic_granted, city_data_requested, staff_actions, lapd_present, detained_count, \
             minors_count, injuries_count, force_used, narrative, redaction_count, status, created_at, agency_mask, activity_mask, \
             notable_mask) VALUES {}",
            values.join(", ")
        ))
        .execute(tx.conn())
        .await?;
        tx.commit_quiet().await?;
    }
    Ok(())
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let url = args.get(1).cloned().unwrap_or_else(|| "sqlite".into());
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let scratch = Scratch::new(&url, "export").await?;
    let events = Events::detached();
    let who = AuditActor::cli("bench");
    amparo::departments::seed::load_departments(&scratch.db, &events, &who).await?;
    let rap = amparo::departments::find_by_abbreviation(&scratch.db, "RAP")
        .await?
        .map(|d| d.id)
        .unwrap_or(1);
    seed(&scratch.db, n, rap).await?;
    let token = scratch.token("reviewer", None).await?;
    let base = scratch.serve().await?;
    let http = reqwest::Client::new();
    let from = (chrono::Utc::now() - chrono::Duration::days(365)).format("%Y-%m-%d");
    println!("{}: {n} reports", scratch.engine);
    for kind in ["csv", "geojson"] {
        let before = rss_kib();
        let peak = Arc::new(AtomicU64::new(before));
        let running = Arc::new(AtomicBool::new(true));
        let sampler = {
            let (peak, running) = (peak.clone(), running.clone());
            tokio::spawn(async move {
                while running.load(Ordering::Relaxed) {
                    peak.fetch_max(rss_kib(), Ordering::Relaxed);
                    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                }
            })
        };
        let t = Instant::now();
        let mut r = http
            .get(format!("{base}/exports/reports.{kind}?from={from}"))
            .bearer_auth(&token)
            .send()
            .await?;
        anyhow::ensure!(r.status().is_success(), "{}", r.status());
        // Count bytes and lines as they arrive, keeping none of them.
        let (mut bytes, mut lines) = (0usize, 0usize);
        while let Some(chunk) = r.chunk().await? {
            bytes += chunk.len();
            lines += chunk.iter().filter(|b| **b == b'\n').count();
        }
        let took = t.elapsed();
        running.store(false, Ordering::Relaxed);
        sampler.await.ok();
        let rows = if kind == "csv" {
            lines.saturating_sub(1)
        } else {
            n
        };
        println!(
            "  {kind:8} {rows} rows, {:.1} MB in {:.2} s ({:.0} rows/s); memory grew {:.1} MB while streaming",
            bytes as f64 / 1e6,
            took.as_secs_f64(),
            rows as f64 / took.as_secs_f64(),
            (peak.load(Ordering::Relaxed).saturating_sub(before)) as f64 / 1024.0
        );
    }
    scratch.drop().await?;
    Ok(())
}
