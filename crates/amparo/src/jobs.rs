//! Background jobs in a table, claimed with row locks so each runs exactly once however many
//! nodes share the database. Periodic jobs get one row per time slot (a unique `slot_key`),
//! so every node may try to schedule the slot and only one row results.
//!
//! A node that dies mid-job leaves its claim behind; after [`LEASE_SECS`] another node takes
//! the job again, so a job interrupted by a crash runs again (at least once), never twice
//! concurrently.

use crate::audit;
use crate::config::Config;
use crate::db::{Db, Engine};
use crate::events::Events;
use sqlx::Row;
use std::sync::Arc;
use std::time::Duration;

pub const LEASE_SECS: i64 = 900;

/// Periodic jobs: kind and period in seconds.
pub const PERIODIC: &[(&str, i64)] = &[
    ("session_gc", 600),
    ("audit_checkpoint", 60),
    ("report_escalation", 30),
    ("plan_reminders", 3600),
    ("retention_purge", 3600),
];

#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub kind: String,
}

/// Queues a job; with a slot key, at most one job per key ever exists. Returns whether added.
pub async fn enqueue(
    db: &Db,
    kind: &str,
    run_at: i64,
    slot_key: Option<&str>,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let r = sqlx::query(
        "INSERT INTO jobs (kind, slot_key, run_at, state, attempts) VALUES ($1, $2, $3, 'queued', 0) ON CONFLICT (slot_key) DO NOTHING",
    )
    .bind(kind)
    .bind(slot_key)
    .bind(run_at)
    .execute(tx.conn())
    .await?;
    tx.commit_quiet().await?;
    Ok(r.rows_affected() == 1)
}

/// Schedules the current slot of every periodic job.
pub async fn schedule_periodic(db: &Db, now: i64) -> Result<(), sqlx::Error> {
    for (kind, period) in PERIODIC {
        let slot = now / period;
        enqueue(db, kind, slot * period, Some(&format!("{kind}:{slot}"))).await?;
    }
    Ok(())
}

/// Claims the oldest due job for `node`, if any.
pub async fn claim(db: &Db, node: &str, now: i64) -> Result<Option<Job>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE jobs SET state = 'queued' WHERE state = 'running' AND claimed_at < $1")
        .bind(now - LEASE_SECS)
        .execute(tx.conn())
        .await?;
    let lock = match db.engine() {
        Engine::Postgres => " FOR UPDATE SKIP LOCKED",
        // SQLite has one writer, and this transaction holds it.
        Engine::Sqlite => "",
    };
    let row = sqlx::query(&format!(
        "UPDATE jobs SET state = 'running', attempts = attempts + 1, claimed_by = $1, claimed_at = $2 \
         WHERE id = (SELECT id FROM jobs WHERE state = 'queued' AND run_at <= $2 ORDER BY run_at, id LIMIT 1{lock}) \
         RETURNING id, kind"
    ))
    .bind(node)
    .bind(now)
    .fetch_optional(tx.conn())
    .await?;
    tx.commit_quiet().await?;
    Ok(match row {
        Some(r) => Some(Job {
            id: r.try_get(0)?,
            kind: r.try_get(1)?,
        }),
        None => None,
    })
}

async fn finish(db: &Db, id: i64, error: Option<String>) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE jobs SET state = $1, finished_at = $2, last_error = $3 WHERE id = $4")
        .bind(if error.is_some() { "failed" } else { "done" })
        .bind(chrono::Utc::now().timestamp())
        .bind(error)
        .bind(id)
        .execute(tx.conn())
        .await?;
    tx.commit_quiet().await
}

async fn run(db: &Db, config: &Config, events: &Events, job: &Job) -> anyhow::Result<()> {
    match job.kind.as_str() {
        "session_gc" => {
            let now = chrono::Utc::now().timestamp();
            let mut tx = db.begin_write().await?;
            crate::auth::store::delete_expired_sessions(
                &mut tx,
                now,
                config.session_idle_minutes * 60,
            )
            .await?;
            crate::auth::store::prune_failures(&mut tx, now - 3600).await?;
            sqlx::query("DELETE FROM jobs WHERE state IN ('done', 'failed') AND finished_at < $1")
                .bind(now - 7 * 86400)
                .execute(tx.conn())
                .await?;
            tx.commit(events).await?;
            Ok(())
        }
        "audit_checkpoint" => {
            // Not itself audited: an entry per checkpoint would make the next one due forever.
            if let Some(cp) = audit::maybe_checkpoint(db, &config.audit, false).await? {
                tracing::info!(seq = cp.seq, "audit checkpoint written");
            }
            Ok(())
        }
        "plan_reminders" => {
            let queued = crate::plans::reminders::run(db, config, chrono::Utc::now()).await?;
            if queued > 0 {
                tracing::info!(queued, "plan reminders queued");
            }
            Ok(())
        }
        "report_escalation" => {
            crate::reports::escalate_overdue(db, events, config).await?;
            Ok(())
        }
        "retention_purge" => {
            let who = audit::AuditActor::job("retention_purge");
            let done =
                crate::retention::purge(db, &config.retention, chrono::Utc::now(), &who).await?;
            if !done.is_empty() {
                tracing::info!(?done, "retention purge");
            }
            Ok(())
        }
        other => anyhow::bail!("unknown job kind {other:?}"),
    }
}

/// Claims and runs one due job. Returns whether there was one.
pub async fn run_one(
    db: &Db,
    config: &Config,
    events: &Events,
    node: &str,
) -> anyhow::Result<bool> {
    let Some(job) = claim(db, node, chrono::Utc::now().timestamp()).await? else {
        return Ok(false);
    };
    let result = run(db, config, events, &job).await;
    if let Err(e) = &result {
        tracing::warn!(job = job.id, kind = %job.kind, error = %e, "job failed");
    }
    finish(db, job.id, result.err().map(|e| e.to_string())).await?;
    Ok(true)
}

/// The node's worker: schedules periodic slots and drains due jobs, every `poll_ms`.
pub fn spawn_worker(db: Db, config: Arc<Config>, events: Events, node: String) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_millis(config.jobs.poll_ms.max(10)));
        loop {
            tick.tick().await;
            if let Err(e) = schedule_periodic(&db, chrono::Utc::now().timestamp()).await {
                tracing::warn!(error = %e, "scheduling jobs failed");
                continue;
            }
            if let Err(e) = crate::reports::notify::deliver_due(&db, &config).await {
                tracing::warn!(error = %e, "delivering alerts failed");
            }
            loop {
                match run_one(&db, &config, &events, &node).await {
                    Ok(true) => continue,
                    Ok(false) => break,
                    Err(e) => {
                        tracing::warn!(error = %e, "job runner error");
                        break;
                    }
                }
            }
        }
    });
}

pub async fn counts(db: &Db) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let rows = sqlx::query("SELECT state, COUNT(*) FROM jobs GROUP BY state ORDER BY state")
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
}
