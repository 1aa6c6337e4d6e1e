//! FOIA benchmark, amparo's side: import one release file into a fresh database (records and
//! the count tables the analysis reads), then the three aggregations of bench/foia (by day,
//! by county, by method × criminality), each the median of several runs. Prints one JSON
//! object. Each import runs REPEAT times on a fresh database (median reported). Peak memory
//! is sampled while importing; the file is read into memory before the baseline is taken,
//! so the growth reported is what the import itself costs.
//! Usage: foia DATABASE_URL FILE [REPEAT]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use amparo::audit::AuditActor;
use amparo::foia::analysis::{self, Filter, Period, Place};
use amparo::foia::import::{self, Imported, Production};
use common::{rss_kib, Scratch};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (url, file) = (args[1].as_str(), args[2].as_str());
    let repeat: usize = args.get(3).map_or(5, |r| r.parse().unwrap());
    let bytes: Arc<[u8]> = std::fs::read(file)?.into();
    let file_mb = bytes.len() as f64 / 1_048_576.0;
    // Each import runs on a fresh database; the median is reported and the last database is
    // kept for the aggregations.
    let mut imports = Vec::new();
    let mut growth = 0u64;
    let mut last: Option<(Scratch, Imported)> = None;
    for _ in 0..repeat.max(1) {
        if let Some((old, _)) = last.take() {
            old.drop().await?;
        }
        let scratch = Scratch::new(url, "foia").await?;
        let base = rss_kib();
        let peak = Arc::new(AtomicU64::new(base));
        let sampler = {
            let peak = peak.clone();
            tokio::spawn(async move {
                loop {
                    peak.fetch_max(rss_kib(), Ordering::Relaxed);
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            })
        };
        let started = Instant::now();
        let done = import::upload(
            &scratch.db,
            &AuditActor::cli("bench"),
            &Production {
                request_id: None,
                received_on: "2025-10-01",
                notes: "benchmark",
                filename: "bench.csv",
                content_type: "text/csv",
            },
            bytes.clone(),
            &mut |_| {},
        )
        .await?;
        imports.push(started.elapsed());
        sampler.abort();
        growth = growth.max(peak.load(Ordering::Relaxed).saturating_sub(base));
        last = Some((scratch, done));
    }
    let Some((scratch, done)) = last else {
        anyhow::bail!("no import ran");
    };
    let Imported::Stored { id, status } = done else {
        anyhow::bail!("{done:?}");
    };
    let p = amparo::foia::productions::get(&scratch.db, id)
        .await?
        .unwrap();
    anyhow::ensure!(status == "imported", "{status}: {:?}", p.problems);
    let f = Filter {
        from: None,
        to: None,
        place: Place::All,
        period: Period::Day,
        production: None,
    };
    let (mut day, mut county, mut mc) = (Vec::new(), Vec::new(), Vec::new());
    let mut groups = (0, 0, 0);
    for _ in 0..repeat {
        let t = Instant::now();
        groups.0 = analysis::over_time(&scratch.db, &f).await?.0.len();
        day.push(t.elapsed());
        let t = Instant::now();
        groups.1 = analysis::by(&scratch.db, &f, "county", 100_000)
            .await?
            .len();
        county.push(t.elapsed());
        let t = Instant::now();
        groups.2 = analysis::method_by_criminality(&scratch.db, &f)
            .await?
            .len();
        mc.push(t.elapsed());
    }
    let cube: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM foia_counts")
        .fetch_one(scratch.db.pool())
        .await?;
    println!(
        "{{\"engine\":\"{}\",\"rows\":{},\"imported\":{},\"import_s\":{:.3},\"by_day_s\":{:.5},\"by_county_s\":{:.5},\"by_method_criminality_s\":{:.5},\"groups\":[{},{},{}],\"count_rows\":{cube},\"file_mb\":{file_mb:.1},\"rss_growth_mb\":{:.1}}}",
        scratch.engine,
        p.rows_read,
        p.imported,
        median(imports),
        median(day),
        median(county),
        median(mc),
        groups.0,
        groups.1,
        groups.2,
        growth as f64 / 1024.0
    );
    scratch.drop().await
}
