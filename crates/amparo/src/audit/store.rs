//! SQL for the audit log. Appends happen inside the caller's transaction, so an entry exists
//! exactly when the change it records does.

use super::model::{AuditActor, AuditEntry, AuditEvent, GENESIS_HASH};
use crate::db::{Db, WriteTx};
use sqlx::{any::AnyRow, Row};

pub async fn append(
    tx: &mut WriteTx,
    who: &AuditActor,
    what: &AuditEvent<'_>,
) -> Result<i64, sqlx::Error> {
    append_many(tx, who, std::slice::from_ref(what)).await
}

/// Appends several entries under one lock and one read of the chain's head; returns the last
/// sequence number. Call it as late in the transaction as possible: on PostgreSQL the lock is
/// held until commit, so everything after it is serialised across nodes.
pub async fn append_many(
    tx: &mut WriteTx,
    who: &AuditActor,
    events: &[AuditEvent<'_>],
) -> Result<i64, sqlx::Error> {
    // Serialises appends across nodes until this transaction ends.
    tx.lock(727002).await?;
    let head = sqlx::query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_optional(tx.conn())
        .await?;
    let (mut seq, mut prev_hash) = match head {
        Some(row) => (row.try_get::<i64, _>(0)?, row.try_get::<String, _>(1)?),
        None => (0, GENESIS_HASH.to_string()),
    };
    for what in events {
        seq += 1;
        let mut entry = AuditEntry {
            seq,
            at: crate::db::timestamp(chrono::Utc::now()),
            actor: who.actor.clone(),
            role: who.role.clone(),
            department: who.department.clone(),
            action: what.action.to_string(),
            object_type: what.object_type.to_string(),
            object_id: what.object_id.clone(),
            outcome: what.outcome.as_str().to_string(),
            request_id: who.request_id.clone(),
            prev_hash,
            hash: String::new(),
        };
        entry.hash = entry.compute_hash();
        sqlx::query(
            "INSERT INTO audit_log (seq, at, actor, role, department, action, object_type, object_id, outcome, request_id, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(entry.seq)
        .bind(&entry.at)
        .bind(&entry.actor)
        .bind(&entry.role)
        .bind(&entry.department)
        .bind(&entry.action)
        .bind(&entry.object_type)
        .bind(&entry.object_id)
        .bind(&entry.outcome)
        .bind(&entry.request_id)
        .bind(&entry.prev_hash)
        .bind(&entry.hash)
        .execute(tx.conn())
        .await?;
        prev_hash = entry.hash;
    }
    Ok(seq)
}

const COLUMNS: &str =
    "seq, at, actor, role, department, action, object_type, object_id, outcome, request_id, prev_hash, hash";

fn entry(row: &AnyRow) -> Result<AuditEntry, sqlx::Error> {
    Ok(AuditEntry {
        seq: row.try_get(0)?,
        at: row.try_get(1)?,
        actor: row.try_get(2)?,
        role: row.try_get(3)?,
        department: row.try_get(4)?,
        action: row.try_get(5)?,
        object_type: row.try_get(6)?,
        object_id: row.try_get(7)?,
        outcome: row.try_get(8)?,
        request_id: row.try_get(9)?,
        prev_hash: row.try_get(10)?,
        hash: row.try_get(11)?,
    })
}

/// Entries with `seq > after`, oldest first, at most `limit`.
pub async fn page_after(db: &Db, after: i64, limit: i64) -> Result<Vec<AuditEntry>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2"
    ))
    .bind(after)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(entry).collect()
}

pub async fn head(db: &Db) -> Result<Option<(i64, String, String)>, sqlx::Error> {
    let row = sqlx::query("SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_optional(db.pool())
        .await?;
    Ok(row.map(|r| (r.get(0), r.get(1), r.get(2))))
}

pub async fn hash_at(db: &Db, seq: i64) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query("SELECT hash FROM audit_log WHERE seq = $1")
        .bind(seq)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.map(|r| r.get(0)))
}

/// Filters an auditor can apply. Empty strings mean "any".
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct Filter {
    pub actor: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub outcome: String,
    /// Inclusive lower bound, `YYYY-MM-DD` (UTC).
    pub from: String,
    /// Inclusive upper bound, `YYYY-MM-DD` (UTC).
    pub to: String,
    /// Show entries with seq below this (pagination cursor).
    pub before: Option<i64>,
}

/// Newest first, at most `limit`, matching `filter`.
pub async fn search(db: &Db, filter: &Filter, limit: i64) -> Result<Vec<AuditEntry>, sqlx::Error> {
    let mut clauses = Vec::new();
    let mut binds: Vec<String> = Vec::new();
    let mut add = |clause: &str, value: String| {
        binds.push(value);
        clauses.push(clause.replace('?', &format!("${}", binds.len())));
    };
    for (col, value) in [
        ("actor", &filter.actor),
        ("action", &filter.action),
        ("object_type", &filter.object_type),
        ("object_id", &filter.object_id),
        ("outcome", &filter.outcome),
    ] {
        if !value.is_empty() {
            add(&format!("{col} = ?"), value.clone());
        }
    }
    if !filter.from.is_empty() {
        add("at >= ?", filter.from.clone());
    }
    if !filter.to.is_empty() {
        // Dates compare as text: everything on that day sorts before the next day's "T".
        add("at < ?", format!("{}U", filter.to));
    }
    if let Some(before) = filter.before {
        // Bound as text like the rest; the cast keeps the comparison numeric on both engines.
        add("seq < CAST(? AS BIGINT)", before.to_string());
    }
    let mut sql = format!("SELECT {COLUMNS} FROM audit_log");
    if !clauses.is_empty() {
        sql.push_str(&format!(" WHERE {}", clauses.join(" AND ")));
    }
    sql.push_str(&format!(" ORDER BY seq DESC LIMIT ${}", binds.len() + 1));
    let mut q = sqlx::query(&sql);
    for b in &binds {
        q = q.bind(b);
    }
    let rows = q.bind(limit).fetch_all(db.pool()).await?;
    rows.iter().map(entry).collect()
}
