//! Intake benchmark: reports through HTTP (POST /api/v1/reports, the whole path: policy,
//! validation, redaction, idempotency, audit, alerts outbox, commit) against the same rows
//! inserted straight through the database driver, in one run, on one database.
//!
//! cargo run --release -p amparo --example intake -- [DATABASE_URL] [REPORTS] [CLIENTS]
//! DATABASE_URL: sqlite (a fresh file, the default) or a postgres:// URL to a database the
//! benchmark may create a scratch database beside.

use amparo::audit::AuditActor;
use amparo::events::Events;
use amparo::reports::model::ReportInput;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[path = "common/mod.rs"]
mod common;
use common::{percentile, Scratch};

fn body(i: usize) -> serde_json::Value {
    serde_json::json!({
        "area": "public", "agencies": ["ice_ero", "cbp"], "activities": ["surveillance"],
        "location_text": format!("Gate {}", i % 11), "agents_min": 3,
        "narrative": format!("Two agents in vests stood by gate {} for about twenty minutes and then left.", i % 11),
    })
}

fn row(department_id: i64, i: usize) -> ReportInput {
    ReportInput {
        observed_at: amparo::db::timestamp(chrono::Utc::now()),
        ongoing: false,
        department_id,
        facility_id: None,
        location_text: format!("Gate {}", i % 11),
        latitude: None,
        longitude: None,
        accuracy_m: None,
        area: "public".into(),
        agencies: vec!["ice_ero".into(), "cbp".into()],
        identified_by: vec![],
        agents_min: Some(3),
        vehicles_marked: None,
        vehicles_unmarked: None,
        attire: "unknown".into(),
        masked: "unknown".into(),
        id_visible: "unknown".into(),
        supervisor_name: String::new(),
        supervisor_badge: String::new(),
        activities: vec!["surveillance".into()],
        warrant: "unknown".into(),
        nonpublic_requested: "unknown".into(),
        nonpublic_granted: "unknown".into(),
        city_data_requested: "unknown".into(),
        staff_actions: String::new(),
        lapd_present: "unknown".into(),
        detained_count: 0,
        minors_count: 0,
        injuries_count: 0,
        force_used: "unknown".into(),
        narrative: format!(
            "Two agents in vests stood by gate {} for about twenty minutes and then left.",
            i % 11
        ),
    }
}

/// Runs `n` jobs on `clients` tasks; returns wall time and each job's latency.
async fn drive<F, Fut>(n: usize, clients: usize, job: F) -> (Duration, Vec<Duration>)
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let next = Arc::new(AtomicUsize::new(0));
    let job = Arc::new(job);
    let start = Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let (next, job) = (next.clone(), job.clone());
            tokio::spawn(async move {
                let mut lat = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        return lat;
                    }
                    let t = Instant::now();
                    if !job(i).await {
                        eprintln!("job {i} failed");
                    }
                    lat.push(t.elapsed());
                }
            })
        })
        .collect();
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap_or_default());
    }
    let wall = start.elapsed();
    all.sort();
    (wall, all)
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let url = args.get(1).cloned().unwrap_or_else(|| "sqlite".into());
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5000);
    let clients: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(32);
    let scratch = Scratch::new(&url, "intake").await?;
    let db = scratch.db.clone();
    let events = Events::detached();
    let who = AuditActor::cli("bench");
    amparo::departments::seed::load_departments(&db, &events, &who).await?;
    let rap = amparo::departments::find_by_abbreviation(&db, "RAP")
        .await?
        .map(|d| d.id)
        .unwrap_or(1);
    let token = scratch.token("employee", Some(rap)).await?;

    let endpoint = format!("{}/api/v1/reports", scratch.serve().await?);

    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .build()?;
    let (http_wall, http_lat) = drive(n, clients, move |i| {
        let (http, endpoint, token) = (http.clone(), endpoint.clone(), token.clone());
        async move {
            let r = http
                .post(&endpoint)
                .bearer_auth(&token)
                .header("idempotency-key", format!("bench-http-{i:08}"))
                .json(&body(i))
                .send()
                .await;
            matches!(r, Ok(r) if r.status() == 201)
        }
    })
    .await;

    let raw_db = db.clone();
    let (raw_wall, raw_lat) = drive(n, clients, move |i| {
        let db = raw_db.clone();
        async move {
            let Ok(mut tx) = db.begin_write().await else {
                return false;
            };
            let input = row(rap, i);
            let ok = amparo::reports::store::submit(
                &mut tx,
                &format!("bench-raw-{i:08}"),
                "x",
                "bench",
                &input,
                0,
                None,
            )
            .await
            .is_ok();
            ok && tx.commit_quiet().await.is_ok()
        }
    })
    .await;

    let http_rate = n as f64 / http_wall.as_secs_f64();
    let raw_rate = n as f64 / raw_wall.as_secs_f64();
    let engine = scratch.engine;
    println!(
        "{engine}: {n} reports, {clients} clients | HTTP {http_rate:.0}/s (p50 {:.1} ms, p99 {:.1} ms) | driver {raw_rate:.0}/s (p50 {:.1} ms, p99 {:.1} ms) | HTTP/driver {:.0} %",
        percentile(&http_lat, 0.5),
        percentile(&http_lat, 0.99),
        percentile(&raw_lat, 0.5),
        percentile(&raw_lat, 0.99),
        100.0 * http_rate / raw_rate
    );
    scratch.drop().await?;
    Ok(())
}
