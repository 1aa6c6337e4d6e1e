//! SQL for the working group.

use super::model::{ActionInput, ActionItem, Meeting, MeetingInput, Member, Organisation, Record};
use crate::db::{timestamp, Db, WriteTx};
use chrono::NaiveDate;
use chrono::{DateTime, Utc};
use sqlx::any::AnyRow;
use sqlx::Row;

fn instant(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

pub async fn organisations(db: &Db) -> Result<Vec<Organisation>, sqlx::Error> {
    let rows = sqlx::query("SELECT id, name, kind FROM wg_organisations ORDER BY name")
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Organisation {
                id: r.try_get(0)?,
                name: r.try_get(1)?,
                kind: r.try_get(2)?,
            })
        })
        .collect()
}

pub async fn insert_organisation(
    tx: &mut WriteTx,
    name: &str,
    kind: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO wg_organisations (name, kind, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(name)
    .bind(kind)
    .bind(timestamp(Utc::now()))
    .fetch_one(tx.conn())
    .await
}

const MEMBER_SELECT: &str = "SELECT m.id, m.user_id, u.display_name, u.email, o.name, m.role, \
     CASE WHEN m.calendar_token_hash IS NULL THEN 0 ELSE 1 END \
     FROM wg_members m JOIN users u ON u.id = m.user_id \
     JOIN wg_organisations o ON o.id = m.organisation_id";

fn member(r: &AnyRow) -> Result<Member, sqlx::Error> {
    Ok(Member {
        id: r.try_get(0)?,
        user_id: r.try_get(1)?,
        name: r.try_get(2)?,
        email: r.try_get(3)?,
        organisation: r.try_get(4)?,
        role: r.try_get(5)?,
        has_calendar: r.try_get::<i64, _>(6)? == 1,
    })
}

pub async fn members(db: &Db) -> Result<Vec<Member>, sqlx::Error> {
    sqlx::query(&format!("{MEMBER_SELECT} ORDER BY o.name, u.display_name"))
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(member)
        .collect()
}

pub async fn member_by_user(db: &Db, user_id: i64) -> Result<Option<Member>, sqlx::Error> {
    sqlx::query(&format!("{MEMBER_SELECT} WHERE m.user_id = $1"))
        .bind(user_id)
        .fetch_optional(db.pool())
        .await?
        .as_ref()
        .map(member)
        .transpose()
}

/// The member a calendar address belongs to, while their account is enabled: a disabled
/// account's feed stops with it.
pub async fn member_by_token_hash(db: &Db, hash: &str) -> Result<Option<Member>, sqlx::Error> {
    sqlx::query(&format!(
        "{MEMBER_SELECT} WHERE m.calendar_token_hash = $1 AND u.disabled = 0"
    ))
    .bind(hash)
    .fetch_optional(db.pool())
    .await?
    .as_ref()
    .map(member)
    .transpose()
}

pub async fn insert_member(
    tx: &mut WriteTx,
    user_id: i64,
    organisation_id: i64,
    role: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO wg_members (user_id, organisation_id, role, created_at) \
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(user_id)
    .bind(organisation_id)
    .bind(role)
    .bind(timestamp(Utc::now()))
    .fetch_one(tx.conn())
    .await
}

/// Sets (or, with None, clears) a member's calendar token hash.
pub async fn set_calendar(
    tx: &mut WriteTx,
    member_id: i64,
    hash: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE wg_members SET calendar_token_hash = $2 WHERE id = $1")
        .bind(member_id)
        .bind(hash.map(String::from))
        .execute(tx.conn())
        .await?;
    Ok(())
}

const MEETING_SELECT: &str = "SELECT id, title, starts_at, ends_at, place, link, agenda, \
     sequence, updated_at, minutes, decisions FROM wg_meetings";

fn meeting(r: &AnyRow) -> Result<Meeting, sqlx::Error> {
    Ok(Meeting {
        id: r.try_get(0)?,
        title: r.try_get(1)?,
        starts_at: instant(&r.try_get::<String, _>(2)?),
        ends_at: instant(&r.try_get::<String, _>(3)?),
        place: r.try_get(4)?,
        link: r.try_get(5)?,
        agenda: r.try_get(6)?,
        sequence: r.try_get(7)?,
        updated_at: instant(&r.try_get::<String, _>(8)?),
        minutes: r.try_get(9)?,
        decisions: r.try_get(10)?,
    })
}

pub async fn meetings(db: &Db) -> Result<Vec<Meeting>, sqlx::Error> {
    sqlx::query(&format!("{MEETING_SELECT} ORDER BY starts_at DESC"))
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(meeting)
        .collect()
}

pub async fn meeting_by_id(db: &Db, id: i64) -> Result<Option<Meeting>, sqlx::Error> {
    sqlx::query(&format!("{MEETING_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .as_ref()
        .map(meeting)
        .transpose()
}

pub async fn insert_meeting(
    tx: &mut WriteTx,
    m: &MeetingInput,
    who: &str,
) -> Result<i64, sqlx::Error> {
    let now = timestamp(Utc::now());
    sqlx::query_scalar(
        "INSERT INTO wg_meetings (title, starts_at, ends_at, place, link, agenda, minutes, \
         decisions, sequence, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, '', '', 0, $7, $8, $8) RETURNING id",
    )
    .bind(&m.title)
    .bind(timestamp(m.starts_at))
    .bind(timestamp(m.ends_at))
    .bind(&m.place)
    .bind(&m.link)
    .bind(&m.agenda)
    .bind(who)
    .bind(&now)
    .fetch_one(tx.conn())
    .await
}

/// Accounts with the role `member` that are not yet in the group: (user id, name, email).
pub async fn member_accounts_outside(db: &Db) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT u.id, u.display_name, u.email FROM users u \
         WHERE u.role = 'member' AND u.disabled = 0 \
         AND NOT EXISTS (SELECT 1 FROM wg_members m WHERE m.user_id = u.id) \
         ORDER BY u.display_name",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
        .collect()
}

/// Writes the minutes, decisions and attendance (replacing what was recorded before).
pub async fn record(tx: &mut WriteTx, meeting: i64, r: &Record) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE wg_meetings SET minutes = $2, decisions = $3, sequence = sequence + 1, \
         updated_at = $4 WHERE id = $1",
    )
    .bind(meeting)
    .bind(&r.minutes)
    .bind(&r.decisions)
    .bind(timestamp(Utc::now()))
    .execute(tx.conn())
    .await?;
    sqlx::query("DELETE FROM wg_attendance WHERE meeting_id = $1")
        .bind(meeting)
        .execute(tx.conn())
        .await?;
    for member in &r.attended {
        sqlx::query("INSERT INTO wg_attendance (meeting_id, member_id) VALUES ($1, $2)")
            .bind(meeting)
            .bind(member)
            .execute(tx.conn())
            .await?;
    }
    Ok(())
}

pub async fn attendance(db: &Db, meeting: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT member_id FROM wg_attendance WHERE meeting_id = $1 ORDER BY member_id",
    )
    .bind(meeting)
    .fetch_all(db.pool())
    .await
}

pub async fn insert_action(
    tx: &mut WriteTx,
    meeting: i64,
    a: &ActionInput,
) -> Result<i64, sqlx::Error> {
    let now = timestamp(Utc::now());
    sqlx::query_scalar(
        "INSERT INTO wg_actions (meeting_id, title, owner_member_id, due_on, status, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, 'open', $5, $5) RETURNING id",
    )
    .bind(meeting)
    .bind(&a.title)
    .bind(a.owner)
    .bind(a.due_on.to_string())
    .bind(&now)
    .fetch_one(tx.conn())
    .await
}

pub async fn set_action_status(
    tx: &mut WriteTx,
    id: i64,
    status: &str,
) -> Result<bool, sqlx::Error> {
    let n = sqlx::query("UPDATE wg_actions SET status = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(status)
        .bind(timestamp(Utc::now()))
        .execute(tx.conn())
        .await?
        .rows_affected();
    Ok(n == 1)
}

/// Action items, of one meeting or of all, soonest due first.
pub async fn actions(db: &Db, meeting: Option<i64>) -> Result<Vec<ActionItem>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.id, a.meeting_id, mt.title, a.title, a.owner_member_id, u.display_name, \
         a.due_on, a.status FROM wg_actions a \
         JOIN wg_meetings mt ON mt.id = a.meeting_id \
         JOIN wg_members m ON m.id = a.owner_member_id JOIN users u ON u.id = m.user_id \
         WHERE ($1 = 0 OR a.meeting_id = $1) ORDER BY a.due_on, a.id",
    )
    .bind(meeting.unwrap_or(0))
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let due: String = r.try_get(6)?;
            Ok(ActionItem {
                id: r.try_get(0)?,
                meeting_id: r.try_get(1)?,
                meeting: r.try_get(2)?,
                title: r.try_get(3)?,
                owner_id: r.try_get(4)?,
                owner: r.try_get(5)?,
                due_on: NaiveDate::parse_from_str(&due, "%Y-%m-%d").unwrap_or_default(),
                status: r.try_get(7)?,
            })
        })
        .collect()
}
