//! Dashboard benchmark: 100,000 incidents over two years, then the dashboard page and its
//! JSON API under the default view (the last 30 days) and with filters, timed from a client.
//!
//! cargo run --release -p amparo --example dashboard -- [DATABASE_URL] [INCIDENTS] [REQUESTS]

use amparo::audit::AuditActor;
use amparo::events::Events;
use std::time::Instant;

#[path = "common/mod.rs"]
mod common;
use common::{percentile, time_gets, Lcg, Scratch};

const DAYS: u64 = 730;
const BATCH: usize = 500;

/// Inserts `n` incidents (no reports: the dashboard reads incidents) in multi-row statements.
async fn seed(db: &amparo::db::Db, n: usize, departments: &[i64]) -> anyhow::Result<()> {
    let mut rng = Lcg(42);
    let now = chrono::Utc::now();
    let states = [
        "new",
        "acknowledged",
        "verifying",
        "confirmed",
        "unconfirmed",
        "false_alarm",
        "closed",
    ];
    let mut done = 0;
    while done < n {
        let mut values = Vec::with_capacity(BATCH);
        for _ in 0..BATCH.min(n - done) {
            let at = now - chrono::Duration::minutes(rng.next(DAYS * 24 * 60) as i64);
            let at = amparo::db::timestamp(at);
            let dept = departments[rng.next(departments.len() as u64) as usize];
            let lat = 33.75 + rng.next(5000) as f64 / 10_000.0;
            let lon = -118.65 + rng.next(5000) as f64 / 10_000.0;
            values.push(format!(
                "({dept}, {lat}, {lon}, '{at}', '{at}', '{}', '{at}', '{at}', {}, {}, {}, '{}')",
                states[rng.next(states.len() as u64) as usize],
                1 << rng.next(11),
                1 << rng.next(9),
                rng.next(16),
                1 + rng.next(15)
            ));
        }
        done += values.len();
        let mut tx = db.begin_write().await?;
        sqlx::query(&format!(
            "INSERT INTO incidents (department_id, latitude, longitude, first_observed_at, last_observed_at, state, \
             created_at, updated_at, agency_mask, activity_mask, notable_mask, district) VALUES {}",
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
    let requests: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(100);
    let scratch = Scratch::new(&url, "dashboard").await?;
    let events = Events::detached();
    let who = AuditActor::cli("bench");
    amparo::departments::seed::load_departments(&scratch.db, &events, &who).await?;
    let departments: Vec<i64> = amparo::departments::store::list(&scratch.db, None, false)
        .await?
        .into_iter()
        .map(|d| d.id)
        .collect();
    let t = Instant::now();
    seed(&scratch.db, n, &departments).await?;
    let seeded = t.elapsed();
    let token = scratch.token("reviewer", None).await?;
    let base = scratch.serve().await?;
    let http = reqwest::Client::new();
    let year_ago = (chrono::Utc::now() - chrono::Duration::days(364)).format("%Y-%m-%d");
    let views = [
        ("page, last 30 days", "/dashboard".to_string()),
        ("API, last 30 days", "/api/v1/dashboard".to_string()),
        (
            "page, agency ICE ERO",
            "/dashboard?agency=ice_ero".to_string(),
        ),
        ("page, district 9", "/dashboard?district=9".to_string()),
        (
            "API, one year",
            format!("/api/v1/dashboard?from={year_ago}"),
        ),
    ];
    println!(
        "{}: {n} incidents seeded in {:.1} s; {requests} requests per view",
        scratch.engine,
        seeded.as_secs_f64()
    );
    for (label, path) in views {
        // One warm-up request, as a dashboard left open would have had.
        time_gets(&http, &format!("{base}{path}"), Some(&token), 1).await?;
        let lat = time_gets(&http, &format!("{base}{path}"), Some(&token), requests).await?;
        println!(
            "  {label:22} p50 {:6.1} ms  p95 {:6.1} ms  max {:6.1} ms",
            percentile(&lat, 0.5),
            percentile(&lat, 0.95),
            percentile(&lat, 1.0)
        );
    }
    scratch.drop().await?;
    Ok(())
}
