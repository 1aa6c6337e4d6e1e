//! SQL for FOIA requests, their events and the files attached to them.

use super::model::{RequestInput, State};
use crate::db::{timestamp, Db, WriteTx};
use sqlx::Row;

#[derive(Debug, Clone, Default, serde::Serialize, utoipa::ToSchema)]
pub struct Request {
    pub id: i64,
    pub subject: String,
    pub agency: String,
    pub component: String,
    pub records_sought: String,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub fee_category: String,
    pub fee_waiver: String,
    pub expedite: String,
    pub delivery_format: String,
    pub requester: String,
    pub tracking_number: String,
    pub state: String,
    pub submitted_on: Option<String>,
    pub received_on: Option<String>,
    pub extension_on: Option<String>,
    pub adverse_on: Option<String>,
    pub appeal_received_on: Option<String>,
    pub created_by: String,
    pub created_at: String,
    pub updated_at: String,
}

const COLUMNS: &str = "id, subject, agency, component, records_sought, date_from, date_to, \
    fee_category, fee_waiver, expedite, delivery_format, requester, tracking_number, state, \
    submitted_on, received_on, extension_on, adverse_on, appeal_received_on, created_by, \
    created_at, updated_at";

fn request(r: &sqlx::any::AnyRow) -> Result<Request, sqlx::Error> {
    Ok(Request {
        id: r.try_get(0)?,
        subject: r.try_get(1)?,
        agency: r.try_get(2)?,
        component: r.try_get(3)?,
        records_sought: r.try_get(4)?,
        date_from: r.try_get(5)?,
        date_to: r.try_get(6)?,
        fee_category: r.try_get(7)?,
        fee_waiver: r.try_get(8)?,
        expedite: r.try_get(9)?,
        delivery_format: r.try_get(10)?,
        requester: r.try_get(11)?,
        tracking_number: r.try_get(12)?,
        state: r.try_get(13)?,
        submitted_on: r.try_get(14)?,
        received_on: r.try_get(15)?,
        extension_on: r.try_get(16)?,
        adverse_on: r.try_get(17)?,
        appeal_received_on: r.try_get(18)?,
        created_by: r.try_get(19)?,
        created_at: r.try_get(20)?,
        updated_at: r.try_get(21)?,
    })
}

/// A transition or a letter on a request.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Event {
    pub id: i64,
    pub request_id: i64,
    /// `transition`, `sent` or `received`.
    pub kind: String,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub occurred_on: String,
    pub note: String,
    pub file_id: Option<i64>,
    pub filename: Option<String>,
    pub actor: String,
    pub created_at: String,
}

pub async fn list(db: &Db, limit: i64, offset: i64) -> Result<Vec<Request>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM foia_requests ORDER BY id DESC LIMIT $1 OFFSET $2"
    ))
    .bind(limit)
    .bind(offset)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(request).collect()
}

pub async fn count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) FROM foia_requests")
        .fetch_one(db.pool())
        .await?
        .try_get(0)
}

/// Requests whose clock may be running (for overdue lists); closed and draft ones never are.
pub async fn open(db: &Db) -> Result<Vec<Request>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM foia_requests WHERE state NOT IN ('draft', 'closed') ORDER BY id"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(request).collect()
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Request>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM foia_requests WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(request).transpose()
}

/// The request, locked for a state change (PostgreSQL row lock; SQLite has one writer).
pub async fn get_for_update(tx: &mut WriteTx, id: i64) -> Result<Option<Request>, sqlx::Error> {
    let lock = if tx.engine() == crate::db::Engine::Postgres {
        " FOR UPDATE"
    } else {
        ""
    };
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM foia_requests WHERE id = $1{lock}"
    ))
    .bind(id)
    .fetch_optional(tx.conn())
    .await?;
    row.as_ref().map(request).transpose()
}

pub async fn insert(tx: &mut WriteTx, r: &RequestInput, by: &str) -> Result<i64, sqlx::Error> {
    let now = timestamp(chrono::Utc::now());
    sqlx::query(
        "INSERT INTO foia_requests (subject, agency, component, records_sought, date_from, \
         date_to, fee_category, fee_waiver, expedite, delivery_format, requester, \
         tracking_number, state, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'draft', $13, $14, $14) \
         RETURNING id",
    )
    .bind(&r.subject)
    .bind(&r.agency)
    .bind(&r.component)
    .bind(&r.records_sought)
    .bind(r.date_from.map(|d| d.to_string()))
    .bind(r.date_to.map(|d| d.to_string()))
    .bind(r.fee_category.as_str())
    .bind(&r.fee_waiver)
    .bind(&r.expedite)
    .bind(&r.delivery_format)
    .bind(&r.requester)
    .bind(&r.tracking_number)
    .bind(by)
    .bind(&now)
    .fetch_one(tx.conn())
    .await?
    .try_get(0)
}

/// Edits the request's text; only drafts are edited (the caller checks).
pub async fn update(tx: &mut WriteTx, id: i64, r: &RequestInput) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE foia_requests SET subject = $1, agency = $2, component = $3, \
         records_sought = $4, date_from = $5, date_to = $6, fee_category = $7, fee_waiver = $8, \
         expedite = $9, delivery_format = $10, requester = $11, tracking_number = $12, \
         updated_at = $13 WHERE id = $14",
    )
    .bind(&r.subject)
    .bind(&r.agency)
    .bind(&r.component)
    .bind(&r.records_sought)
    .bind(r.date_from.map(|d| d.to_string()))
    .bind(r.date_to.map(|d| d.to_string()))
    .bind(r.fee_category.as_str())
    .bind(&r.fee_waiver)
    .bind(&r.expedite)
    .bind(&r.delivery_format)
    .bind(&r.requester)
    .bind(&r.tracking_number)
    .bind(timestamp(chrono::Utc::now()))
    .bind(id)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The request row after a transition: its state and the dates the deadlines count from.
pub async fn save_clock(tx: &mut WriteTx, r: &Request) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE foia_requests SET state = $1, submitted_on = $2, received_on = $3, \
         extension_on = $4, adverse_on = $5, appeal_received_on = $6, tracking_number = $7, \
         updated_at = $8 WHERE id = $9",
    )
    .bind(&r.state)
    .bind(&r.submitted_on)
    .bind(&r.received_on)
    .bind(&r.extension_on)
    .bind(&r.adverse_on)
    .bind(&r.appeal_received_on)
    .bind(&r.tracking_number)
    .bind(timestamp(chrono::Utc::now()))
    .bind(r.id)
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub struct NewEvent<'a> {
    pub request_id: i64,
    pub kind: &'a str,
    pub from: Option<State>,
    pub to: Option<State>,
    pub on: &'a str,
    pub note: &'a str,
    pub file_id: Option<i64>,
    pub actor: &'a str,
}

pub async fn insert_event(tx: &mut WriteTx, e: &NewEvent<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "INSERT INTO foia_events (request_id, kind, from_state, to_state, occurred_on, note, \
         file_id, actor, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(e.request_id)
    .bind(e.kind)
    .bind(e.from.map(State::as_str))
    .bind(e.to.map(State::as_str))
    .bind(e.on)
    .bind(e.note)
    .bind(e.file_id)
    .bind(e.actor)
    .bind(timestamp(chrono::Utc::now()))
    .fetch_one(tx.conn())
    .await?
    .try_get(0)
}

const EVENT_SELECT: &str = "SELECT e.id, e.request_id, e.kind, e.from_state, e.to_state, \
    e.occurred_on, e.note, e.file_id, f.filename, e.actor, e.created_at FROM foia_events e \
    LEFT JOIN foia_files f ON f.id = e.file_id";

fn event(r: &sqlx::any::AnyRow) -> Result<Event, sqlx::Error> {
    Ok(Event {
        id: r.try_get(0)?,
        request_id: r.try_get(1)?,
        kind: r.try_get(2)?,
        from_state: r.try_get(3)?,
        to_state: r.try_get(4)?,
        occurred_on: r.try_get(5)?,
        note: r.try_get(6)?,
        file_id: r.try_get(7)?,
        filename: r.try_get(8)?,
        actor: r.try_get(9)?,
        created_at: r.try_get(10)?,
    })
}

pub async fn events(db: &Db, request_id: i64) -> Result<Vec<Event>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{EVENT_SELECT} WHERE e.request_id = $1 ORDER BY e.occurred_on, e.id"
    ))
    .bind(request_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(event).collect()
}

/// The events of several requests in one query (lists show a clock per request), by request.
pub async fn events_of(
    db: &Db,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<Event>>, sqlx::Error> {
    let mut out: std::collections::HashMap<i64, Vec<Event>> = Default::default();
    if ids.is_empty() {
        return Ok(out);
    }
    let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "{EVENT_SELECT} WHERE e.request_id IN ({}) ORDER BY e.request_id, e.occurred_on, e.id",
        marks.join(", ")
    );
    let mut q = sqlx::query(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    for r in q.fetch_all(db.pool()).await? {
        let e = event(&r)?;
        out.entry(e.request_id).or_default().push(e);
    }
    Ok(out)
}

/// A stored letter or production file.
pub struct StoredFile {
    pub filename: String,
    pub content_type: String,
    pub data: Vec<u8>,
}

/// Bytes per stored piece of a file.
const FILE_CHUNK: usize = 1024 * 1024;

pub async fn insert_file(
    tx: &mut WriteTx,
    filename: &str,
    content_type: &str,
    data: &[u8],
    by: &str,
) -> Result<i64, sqlx::Error> {
    let id = insert_file_row(tx, filename, content_type, data, by).await?;
    insert_file_chunks(tx, id, data).await?;
    Ok(id)
}

/// The file's row (name, size, SHA-256) without its bytes; see [`insert_file_chunks`].
pub async fn insert_file_row(
    tx: &mut WriteTx,
    filename: &str,
    content_type: &str,
    data: &[u8],
    by: &str,
) -> Result<i64, sqlx::Error> {
    use sha2::Digest;
    let sha = hex::encode(sha2::Sha256::digest(data));
    sqlx::query(
        "INSERT INTO foia_files (filename, content_type, size_bytes, sha256, uploaded_by, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(filename)
    .bind(content_type)
    .bind(data.len() as i64)
    .bind(sha)
    .bind(by)
    .bind(timestamp(chrono::Utc::now()))
    .fetch_one(tx.conn())
    .await?
    .try_get(0)
}

pub async fn insert_file_chunks(tx: &mut WriteTx, id: i64, data: &[u8]) -> Result<(), sqlx::Error> {
    for (seq, piece) in data.chunks(FILE_CHUNK).enumerate() {
        sqlx::query("INSERT INTO foia_file_chunks (file_id, seq, data) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(seq as i64)
            .bind(piece)
            .execute(tx.conn())
            .await?;
    }
    Ok(())
}

pub async fn file(db: &Db, id: i64) -> Result<Option<StoredFile>, sqlx::Error> {
    let row =
        sqlx::query("SELECT filename, content_type, size_bytes FROM foia_files WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let size: i64 = row.try_get(2)?;
    let mut data = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    let mut pieces =
        sqlx::query("SELECT data FROM foia_file_chunks WHERE file_id = $1 ORDER BY seq")
            .bind(id)
            .fetch(db.pool());
    while let Some(p) = futures_util::TryStreamExt::try_next(&mut pieces).await? {
        let piece: Vec<u8> = p.try_get(0)?;
        data.extend_from_slice(&piece);
    }
    Ok(Some(StoredFile {
        filename: row.try_get(0)?,
        content_type: row.try_get(1)?,
        data,
    }))
}
