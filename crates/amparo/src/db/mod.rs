//! One pool for SQLite or PostgreSQL behind `sqlx::Any`.
//!
//! Values crossing the boundary are limited to integers, floats, booleans and text, so both
//! engines share every query. Timestamps are RFC 3339 text (UTC) or epoch seconds.
//! SQLite allows one writer: write transactions take a process-wide lock first, so two
//! requests never race to upgrade a read lock (which SQLite would refuse rather than wait).

pub mod backup;
mod migrate;

pub use migrate::{applied_versions, migrate, MIGRATION_COUNT};

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyConnection, AnyPool, Executor, Transaction};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, OwnedMutexGuard};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Db {
    pool: AnyPool,
    engine: Engine,
    url: String,
    write_lock: Arc<Mutex<()>>,
}

/// A write transaction. Events emitted inside it are published only if it commits.
pub struct WriteTx {
    tx: Transaction<'static, sqlx::Any>,
    engine: Engine,
    _guard: Option<OwnedMutexGuard<()>>,
    pub(crate) pending_events: Vec<crate::events::Event>,
}

impl Db {
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let (engine, url) = normalise_url(url)?;
        let options = AnyConnectOptions::from_str(&url)?;
        let max = if engine == Engine::Sqlite { 4 } else { 10 };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    let setup = match engine {
                        Engine::Sqlite => {
                            // secure_delete: purged text is overwritten, not left in free pages.
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; \
                             PRAGMA secure_delete = ON;"
                        }
                        Engine::Postgres => "SET synchronous_commit = on; SET TIME ZONE 'UTC';",
                    };
                    conn.execute(sqlx::raw_sql(setup)).await?;
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        Ok(Db {
            pool,
            engine,
            url,
            write_lock: Arc::new(Mutex::new(())),
        })
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub async fn begin_write(&self) -> Result<WriteTx, sqlx::Error> {
        let guard = match self.engine {
            Engine::Sqlite => Some(self.write_lock.clone().lock_owned().await),
            Engine::Postgres => None,
        };
        let tx = self.pool.begin().await?;
        Ok(WriteTx {
            tx,
            engine: self.engine,
            _guard: guard,
            pending_events: Vec::new(),
        })
    }

    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub fn pool_size(&self) -> (u32, usize) {
        (self.pool.size(), self.pool.num_idle())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

impl WriteTx {
    pub fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// Queue a live-update event; it reaches listeners only after commit.
    /// Serialises this transaction with every other one that asks for `key`, across nodes, until
    /// it ends. SQLite needs nothing: its writer lock already admits one writer at a time.
    pub async fn lock(&mut self, key: i64) -> Result<(), sqlx::Error> {
        if self.engine == Engine::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(key)
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }

    pub fn emit(&mut self, event: crate::events::Event) {
        self.pending_events.push(event);
    }

    /// Commits a transaction that announces nothing (housekeeping, audit-only writes).
    pub async fn commit_quiet(self) -> Result<(), sqlx::Error> {
        if !self.pending_events.is_empty() {
            tracing::warn!(
                n = self.pending_events.len(),
                "events dropped by commit_quiet"
            );
        }
        self.tx.commit().await
    }

    pub async fn commit(mut self, events: &crate::events::Events) -> Result<(), sqlx::Error> {
        let pending = std::mem::take(&mut self.pending_events);
        if self.engine == Engine::Postgres {
            // NOTIFY inside the transaction is delivered on commit, to every node.
            for event in &pending {
                sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(crate::events::CHANNEL)
                    .bind(event.to_json())
                    .execute(&mut *self.tx)
                    .await?;
            }
        }
        self.tx.commit().await?;
        if self.engine == Engine::Sqlite {
            for event in pending {
                events.publish_local(event);
            }
        }
        Ok(())
    }
}

/// SQLite URLs get `mode=rwc` so a fresh clone creates its database file.
fn normalise_url(url: &str) -> anyhow::Result<(Engine, String)> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok((Engine::Postgres, url.to_string()));
    }
    if let Some(rest) = url.strip_prefix("sqlite:") {
        if rest.contains("mode=") {
            return Ok((Engine::Sqlite, url.to_string()));
        }
        let sep = if rest.contains('?') { '&' } else { '?' };
        return Ok((Engine::Sqlite, format!("{url}{sep}mode=rwc")));
    }
    anyhow::bail!("database URL must start with sqlite: or postgres://")
}

/// Current time as stored: RFC 3339, UTC, microseconds, fixed width so text order is time order.
pub fn timestamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}
