//! What the benchmarks share: a scratch database, an in-process server, percentiles.
// Each benchmark uses part of this module.
#![allow(dead_code)]

use amparo::app::{self, AppState};
use amparo::config::Config;
use amparo::db::Db;
use std::path::PathBuf;
use std::time::Duration;

pub fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// A fresh, migrated database: a SQLite file in a temp dir, or a database created beside the
/// given postgres:// URL. Call `drop` when done.
pub struct Scratch {
    pub db: Db,
    pub url: String,
    pub dir: PathBuf,
    pub engine: &'static str,
    admin: Option<(Db, String)>,
}

impl Scratch {
    pub async fn new(url: &str, label: &str) -> anyhow::Result<Scratch> {
        let dir = std::env::temp_dir().join(format!("amparo-{label}-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let (db_url, admin) = if url.starts_with("postgres") {
            let name = format!("amparo_{label}_{}", std::process::id());
            let admin = Db::connect(url).await?;
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(admin.pool())
                .await?;
            let (prefix, _) = url
                .rsplit_once('/')
                .ok_or_else(|| anyhow::anyhow!("bad URL"))?;
            (format!("{prefix}/{name}"), Some((admin, name)))
        } else {
            (format!("sqlite://{}", dir.join("bench.db").display()), None)
        };
        let db = Db::connect(&db_url).await?;
        amparo::db::migrate(&db).await?;
        Ok(Scratch {
            engine: if admin.is_some() {
                "PostgreSQL"
            } else {
                "SQLite"
            },
            db,
            url: db_url,
            dir,
            admin,
        })
    }

    /// Serves amparo on this database in this process; returns its base URL.
    pub async fn serve(&self) -> anyhow::Result<String> {
        let mut config = Config {
            database_url: self.url.clone(),
            max_concurrent_requests: 1024,
            ..Config::default()
        };
        config.jobs.enabled = false;
        config.audit.checkpoint_path = self.dir.join("cp.jsonl");
        config.audit.key_path = self.dir.join("key");
        let state = AppState::new(self.db.clone(), config);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let base = format!("http://{}", listener.local_addr()?);
        let router = app::router(state);
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .await
            .ok();
        });
        Ok(base)
    }

    /// A fresh API token for `role`.
    pub async fn token(&self, role: &str, department: Option<i64>) -> anyhow::Result<String> {
        let events = amparo::events::Events::detached();
        let who = amparo::audit::AuditActor::cli("bench");
        match amparo::auth::accounts::issue_token(
            &self.db, &events, &who, "bench", role, department,
        )
        .await?
        {
            Ok((_, t)) => Ok(t),
            Err(p) => anyhow::bail!("{p:?}"),
        }
    }

    pub async fn drop(self) -> anyhow::Result<()> {
        self.db.close().await;
        if let Some((admin, name)) = self.admin {
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(admin.pool())
                .await?;
        }
        std::fs::remove_dir_all(&self.dir).ok();
        Ok(())
    }
}

/// Resident memory of this process, in KiB.
pub fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// A tiny deterministic generator, so every run inserts the same rows.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below.max(1)
    }
}

/// Times `n` sequential GETs of `url` (with a bearer token when given); sorted latencies.
pub async fn time_gets(
    http: &reqwest::Client,
    url: &str,
    token: Option<&str>,
    n: usize,
) -> anyhow::Result<Vec<Duration>> {
    let mut lat = Vec::with_capacity(n);
    for _ in 0..n {
        let t = std::time::Instant::now();
        let mut req = http.get(url);
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        let r = req.send().await?;
        anyhow::ensure!(r.status().is_success(), "{url}: {}", r.status());
        r.bytes().await?;
        lat.push(t.elapsed());
    }
    lat.sort();
    Ok(lat)
}
