//! Creating accounts, resetting passwords and issuing API tokens: shared by the admin pages,
//! the CLI and the demo loader, so the rules live once.

use super::model::{Email, Role};
use super::{password, store};
use crate::audit::{self, AuditActor, Outcome};
use crate::db::Db;
use crate::events::Events;

/// A rejected field: its name and the Fluent id of the message.
pub type Rejection = (&'static str, &'static str);

pub struct AccountRequest<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: &'a str,
    pub department_id: Option<i64>,
}

/// Checks the request and returns the parsed role and email, or every problem found.
pub fn check(req: &AccountRequest<'_>) -> Result<(Email, Role), Vec<Rejection>> {
    let mut problems = Vec::new();
    let email = Email::parse(req.email);
    if email.is_none() {
        problems.push(("email", "error-email-invalid"));
    }
    if req.display_name.trim().is_empty() {
        problems.push(("display_name", "error-name-required"));
    } else if req.display_name.chars().count() > 200 {
        problems.push(("display_name", "error-too-long"));
    }
    let role = Role::parse(req.role);
    match role {
        None => problems.push(("role", "error-role-invalid")),
        Some(r) if r.needs_department() && req.department_id.is_none() => {
            problems.push(("department_id", "error-department-required"))
        }
        Some(r) if !r.needs_department() && req.department_id.is_some() => {
            problems.push(("department_id", "error-department-not-allowed"))
        }
        _ => {}
    }
    match (email, role) {
        (Some(e), Some(r)) if problems.is_empty() => Ok((e, r)),
        _ => Err(problems),
    }
}

/// Creates an account with a one-time password (to be changed at first sign-in).
/// Returns the new id and the password, shown once.
pub async fn create(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    req: &AccountRequest<'_>,
) -> anyhow::Result<Result<(i64, String), Vec<Rejection>>> {
    let (email, role) = match check(req) {
        Ok(v) => v,
        Err(p) => return Ok(Err(p)),
    };
    let otp = password::one_time_password();
    let hash = password::hash(&otp).await?;
    let mut tx = db.begin_write().await?;
    let new = store::NewUser {
        email: email.as_str(),
        display_name: req.display_name.trim(),
        role,
        department_id: req.department_id,
        password_hash: &hash,
        must_change_password: true,
    };
    let Some(id) = store::create_user(&mut tx, &new).await? else {
        return Ok(Err(vec![("email", "error-email-taken")]));
    };
    audit::record(&mut tx, who, "create_account", "account", id, Outcome::Ok).await?;
    tx.commit(events).await?;
    Ok(Ok((id, otp)))
}

/// Replaces the password with a new one-time password and ends the account's sessions.
pub async fn reset_password(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    user_id: i64,
) -> anyhow::Result<String> {
    let otp = password::one_time_password();
    let hash = password::hash(&otp).await?;
    let mut tx = db.begin_write().await?;
    store::set_password(&mut tx, user_id, &hash, true).await?;
    store::delete_user_sessions(&mut tx, user_id, None).await?;
    audit::record(
        &mut tx,
        who,
        "reset_password",
        "account",
        user_id,
        Outcome::Ok,
    )
    .await?;
    tx.commit(events).await?;
    Ok(otp)
}

pub async fn set_disabled(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    user_id: i64,
    disabled: bool,
) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    store::set_disabled(&mut tx, user_id, disabled).await?;
    if disabled {
        store::delete_user_sessions(&mut tx, user_id, None).await?;
    }
    let action = if disabled {
        "disable_account"
    } else {
        "enable_account"
    };
    audit::record(&mut tx, who, action, "account", user_id, Outcome::Ok).await?;
    tx.commit(events).await?;
    Ok(())
}

/// Issues an API token; the raw token is returned once and only its hash is kept.
pub async fn issue_token(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    name: &str,
    role: &str,
    department_id: Option<i64>,
) -> anyhow::Result<Result<(i64, String), Vec<Rejection>>> {
    let mut problems = Vec::new();
    let name = name.trim();
    if name.is_empty() {
        problems.push(("name", "error-name-required"));
    } else if name.chars().count() > 200 {
        problems.push(("name", "error-too-long"));
    }
    let role = Role::parse(role);
    match role {
        None => problems.push(("role", "error-role-invalid")),
        Some(r) if r.needs_department() && department_id.is_none() => {
            problems.push(("department_id", "error-department-required"))
        }
        _ => {}
    }
    let Some(role) = role.filter(|_| problems.is_empty()) else {
        return Ok(Err(problems));
    };
    let mut tx = db.begin_write().await?;
    let (id, raw) = store::create_token(&mut tx, name, role, department_id, &who.actor).await?;
    audit::record(&mut tx, who, "issue_token", "api_token", id, Outcome::Ok).await?;
    tx.commit(events).await?;
    Ok(Ok((id, raw)))
}

pub async fn revoke_token(
    db: &Db,
    events: &Events,
    who: &AuditActor,
    id: i64,
) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    let revoked = store::revoke_token(&mut tx, id).await?;
    if revoked {
        audit::record(&mut tx, who, "revoke_token", "api_token", id, Outcome::Ok).await?;
    }
    tx.commit(events).await?;
    Ok(revoked)
}
