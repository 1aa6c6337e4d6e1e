//! The append-only, hash-chained audit log (DESIGN principle 2).

pub mod checkpoint;
pub mod model;
pub mod store;
pub mod verify;
pub mod web;

pub use model::{AuditActor, AuditEvent, Outcome};

use crate::config::AuditConfig;
use crate::db::{Db, WriteTx};

/// Appends one entry inside `tx`.
pub async fn record(
    tx: &mut WriteTx,
    who: &AuditActor,
    action: &str,
    object_type: &str,
    object_id: impl ToString,
    outcome: Outcome,
) -> Result<i64, sqlx::Error> {
    let event = AuditEvent {
        action,
        object_type,
        object_id: object_id.to_string(),
        outcome,
    };
    store::append(tx, who, &event).await
}

/// Appends one entry in a transaction of its own (for refusals and reads, which change nothing).
pub async fn record_alone(
    db: &Db,
    who: &AuditActor,
    action: &str,
    object_type: &str,
    object_id: impl ToString,
    outcome: Outcome,
) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let seq = record(&mut tx, who, action, object_type, object_id, outcome).await?;
    tx.commit_quiet().await?;
    Ok(seq)
}

/// Writes a checkpoint if `force`, or if enough entries or minutes have passed since the last.
/// Returns the checkpoint written, if any.
pub async fn maybe_checkpoint(
    db: &Db,
    config: &AuditConfig,
    force: bool,
) -> anyhow::Result<Option<checkpoint::Checkpoint>> {
    let Some((seq, hash, _)) = store::head(db).await? else {
        return Ok(None);
    };
    let existing = checkpoint::read_all(&config.checkpoint_path)?;
    let now = chrono::Utc::now();
    if let Some(last) = existing.last() {
        if last.seq >= seq {
            return Ok(None);
        }
        let age_minutes = chrono::DateTime::parse_from_rfc3339(&last.at)
            .map(|t| (now - t.with_timezone(&chrono::Utc)).num_minutes())
            .unwrap_or(i64::MAX);
        let due = seq - last.seq >= config.checkpoint_every_entries
            || age_minutes >= config.checkpoint_every_minutes;
        if !force && !due {
            return Ok(None);
        }
    }
    let key = checkpoint::load_or_create_key(&config.key_path)?;
    let cp = checkpoint::Checkpoint::sign(&key, seq, &hash, &crate::db::timestamp(now));
    checkpoint::append(&config.checkpoint_path, &cp)?;
    Ok(Some(cp))
}
