//! SQL for accounts, sessions, API tokens and login throttling.
//! Secrets (session ids, API tokens) are stored only as SHA-256 hashes.

use super::model::{Actor, ActorKind, Role};
use super::password::{random_token, sha256_hex};
use crate::db::{timestamp, Db, WriteTx};
use sqlx::{any::AnyRow, Row};

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub department_id: Option<i64>,
    pub department: String,
    pub must_change_password: bool,
    pub disabled: bool,
    pub created_at: String,
}

impl User {
    pub fn actor(&self) -> Actor {
        Actor {
            kind: ActorKind::User {
                id: self.id,
                email: self.email.clone(),
                name: self.display_name.clone(),
            },
            role: self.role,
            department_id: self.department_id,
            department: self.department.clone(),
        }
    }
}

const USER_COLUMNS: &str = "u.id, u.email, u.display_name, u.role, u.department_id, \
    COALESCE(d.abbreviation, ''), u.must_change_password, u.disabled, u.created_at, u.password_hash";
const USER_FROM: &str = "users u LEFT JOIN departments d ON d.id = u.department_id";

fn user(row: &AnyRow) -> Result<(User, String), sqlx::Error> {
    let role: String = row.try_get(3)?;
    Ok((
        User {
            id: row.try_get(0)?,
            email: row.try_get(1)?,
            display_name: row.try_get(2)?,
            role: Role::parse(&role).ok_or_else(|| sqlx::Error::Decode("unknown role".into()))?,
            department_id: row.try_get(4)?,
            department: row.try_get(5)?,
            must_change_password: row.try_get::<i64, _>(6)? != 0,
            disabled: row.try_get::<i64, _>(7)? != 0,
            created_at: row.try_get(8)?,
        },
        row.try_get(9)?,
    ))
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub department_id: Option<i64>,
    pub password_hash: &'a str,
    pub must_change_password: bool,
}

/// Creates an account; `Ok(None)` if the email is taken.
pub async fn create_user(tx: &mut WriteTx, u: &NewUser<'_>) -> Result<Option<i64>, sqlx::Error> {
    let taken = sqlx::query("SELECT 1 FROM users WHERE email = $1")
        .bind(u.email)
        .fetch_optional(tx.conn())
        .await?;
    if taken.is_some() {
        return Ok(None);
    }
    let now = timestamp(chrono::Utc::now());
    let row = sqlx::query(
        "INSERT INTO users (email, display_name, role, department_id, password_hash, must_change_password, disabled, created_at, password_changed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(u.email)
    .bind(u.display_name)
    .bind(u.role.as_str())
    .bind(u.department_id)
    .bind(u.password_hash)
    .bind(i64::from(u.must_change_password))
    .bind(0_i64)
    .bind(&now)
    .fetch_one(tx.conn())
    .await?;
    Ok(Some(row.try_get(0)?))
}

pub async fn find_user_by_email(
    db: &Db,
    email: &str,
) -> Result<Option<(User, String)>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {USER_COLUMNS} FROM {USER_FROM} WHERE u.email = $1"
    ))
    .bind(email)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(user).transpose()
}

pub async fn get_user(db: &Db, id: i64) -> Result<Option<(User, String)>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {USER_COLUMNS} FROM {USER_FROM} WHERE u.id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(user).transpose()
}

pub async fn list_users(db: &Db, offset: i64, limit: i64) -> Result<Vec<User>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {USER_COLUMNS} FROM {USER_FROM} ORDER BY u.email LIMIT $1 OFFSET $2"
    ))
    .bind(limit)
    .bind(offset)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(|r| user(r).map(|(u, _)| u)).collect()
}

pub async fn count_users(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) FROM users")
        .fetch_one(db.pool())
        .await?
        .try_get(0)
}

pub async fn set_password(
    tx: &mut WriteTx,
    user_id: i64,
    password_hash: &str,
    must_change: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET password_hash = $1, must_change_password = $2, password_changed_at = $3 WHERE id = $4",
    )
    .bind(password_hash)
    .bind(i64::from(must_change))
    .bind(timestamp(chrono::Utc::now()))
    .bind(user_id)
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub async fn set_disabled(
    tx: &mut WriteTx,
    user_id: i64,
    disabled: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
        .bind(i64::from(disabled))
        .bind(user_id)
        .execute(tx.conn())
        .await?;
    Ok(())
}

// ---- sessions ------------------------------------------------------------------------------

pub struct SessionRow {
    pub id_hash: String,
    pub user: User,
    pub csrf_token: String,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

/// Starts a session; returns the raw id for the cookie (only its hash is stored).
pub async fn create_session(
    tx: &mut WriteTx,
    user_id: i64,
    now: i64,
    absolute_secs: i64,
) -> Result<String, sqlx::Error> {
    let raw = random_token();
    sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)",
    )
    .bind(sha256_hex(&raw))
    .bind(user_id)
    .bind(random_token())
    .bind(now)
    .bind(now + absolute_secs)
    .execute(tx.conn())
    .await?;
    Ok(raw)
}

pub async fn find_session(db: &Db, raw_id: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {USER_COLUMNS}, s.id_hash, s.csrf_token, s.last_seen_at, s.expires_at \
         FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN departments d ON d.id = u.department_id \
         WHERE s.id_hash = $1"
    ))
    .bind(sha256_hex(raw_id))
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let (user, _) = user(&row)?;
    Ok(Some(SessionRow {
        user,
        id_hash: row.try_get(10)?,
        csrf_token: row.try_get(11)?,
        last_seen_at: row.try_get(12)?,
        expires_at: row.try_get(13)?,
    }))
}

pub async fn touch_session(db: &Db, id_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
        .bind(now)
        .bind(id_hash)
        .execute(tx.conn())
        .await?;
    tx.commit_quiet().await
}

pub async fn delete_session(tx: &mut WriteTx, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(id_hash)
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// Ends every session of `user_id` except `keep` (the one changing the password).
pub async fn delete_user_sessions(
    tx: &mut WriteTx,
    user_id: i64,
    keep: Option<&str>,
) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
        .bind(user_id)
        .bind(keep.unwrap_or(""))
        .execute(tx.conn())
        .await?;
    Ok(r.rows_affected())
}

pub async fn delete_expired_sessions(
    tx: &mut WriteTx,
    now: i64,
    idle_secs: i64,
) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(now)
        .bind(now - idle_secs)
        .execute(tx.conn())
        .await?;
    Ok(r.rows_affected())
}

// ---- API tokens ----------------------------------------------------------------------------

#[derive(Debug, Clone, serde::Serialize)]
pub struct TokenInfo {
    pub id: i64,
    pub name: String,
    pub role: Role,
    pub department: String,
    pub created_by: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
    pub last_used_at: Option<String>,
}

pub async fn create_token(
    tx: &mut WriteTx,
    name: &str,
    role: Role,
    department_id: Option<i64>,
    created_by: &str,
) -> Result<(i64, String), sqlx::Error> {
    let raw = format!("amp_{}", random_token());
    let row = sqlx::query(
        "INSERT INTO api_tokens (name, token_hash, role, department_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(name)
    .bind(sha256_hex(&raw))
    .bind(role.as_str())
    .bind(department_id)
    .bind(created_by)
    .bind(timestamp(chrono::Utc::now()))
    .fetch_one(tx.conn())
    .await?;
    Ok((row.try_get(0)?, raw))
}

/// The actor behind a live (unrevoked) token.
pub async fn find_token(db: &Db, raw: &str) -> Result<Option<Actor>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT t.id, t.name, t.role, t.department_id, COALESCE(d.abbreviation, ''), t.last_used_at \
         FROM api_tokens t LEFT JOIN departments d ON d.id = t.department_id \
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL",
    )
    .bind(sha256_hex(raw))
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let role: String = row.try_get(2)?;
    let Some(role) = Role::parse(&role) else {
        return Ok(None);
    };
    let id: i64 = row.try_get(0)?;
    // "Last used" to the minute is enough; writing it on every call would double the writes
    // of a busy kiosk.
    let now = chrono::Utc::now();
    let last: Option<String> = row.try_get(5)?;
    let stale = last
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok())
        .is_none_or(|t| now - t.with_timezone(&chrono::Utc) >= chrono::Duration::minutes(1));
    if stale {
        let mut tx = db.begin_write().await?;
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(timestamp(now))
            .bind(id)
            .execute(tx.conn())
            .await?;
        tx.commit_quiet().await?;
    }
    Ok(Some(Actor {
        kind: ActorKind::Token {
            id,
            name: row.try_get(1)?,
        },
        role,
        department_id: row.try_get(3)?,
        department: row.try_get(4)?,
    }))
}

pub async fn list_tokens(db: &Db) -> Result<Vec<TokenInfo>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT t.id, t.name, t.role, COALESCE(d.abbreviation, ''), t.created_by, t.created_at, t.revoked_at, t.last_used_at \
         FROM api_tokens t LEFT JOIN departments d ON d.id = t.department_id ORDER BY t.id DESC",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let role: String = r.try_get(2)?;
            Ok(TokenInfo {
                id: r.try_get(0)?,
                name: r.try_get(1)?,
                role: Role::parse(&role).unwrap_or(Role::Employee),
                department: r.try_get(3)?,
                created_by: r.try_get(4)?,
                created_at: r.try_get(5)?,
                revoked_at: r.try_get(6)?,
                last_used_at: r.try_get(7)?,
            })
        })
        .collect()
}

/// Revokes a token; false if it did not exist or was already revoked.
pub async fn revoke_token(tx: &mut WriteTx, id: i64) -> Result<bool, sqlx::Error> {
    let r =
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(timestamp(chrono::Utc::now()))
            .bind(id)
            .execute(tx.conn())
            .await?;
    Ok(r.rows_affected() == 1)
}

// ---- login throttling ----------------------------------------------------------------------

/// Failures recorded for any of `keys` since `since`, and the oldest such time.
pub async fn recent_failures(
    db: &Db,
    keys: &[String],
    since: i64,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let mut out = Vec::new();
    for key in keys {
        let row = sqlx::query(
            "SELECT COUNT(*), COALESCE(MIN(at), 0) FROM login_failures WHERE key_hash = $1 AND at > $2",
        )
        .bind(sha256_hex(key))
        .bind(since)
        .fetch_one(db.pool())
        .await?;
        out.push((row.try_get(0)?, row.try_get(1)?));
    }
    Ok(out)
}

pub async fn record_failure(
    tx: &mut WriteTx,
    keys: &[String],
    now: i64,
) -> Result<(), sqlx::Error> {
    for key in keys {
        sqlx::query("INSERT INTO login_failures (key_hash, at) VALUES ($1, $2)")
            .bind(sha256_hex(key))
            .bind(now)
            .execute(tx.conn())
            .await?;
    }
    Ok(())
}

pub async fn prune_failures(tx: &mut WriteTx, before: i64) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM login_failures WHERE at < $1")
        .bind(before)
        .execute(tx.conn())
        .await?;
    Ok(r.rows_affected())
}
