//! Photos and documents attached to reports: recognised by their bytes, stripped of their
//! metadata, hashed, limited in size and number, and audited on every upload and every view.

pub mod store;
pub mod web;

use crate::audit::{self, AuditActor, Outcome};
use crate::db::Db;
use store::NewAttachment;

/// Largest file accepted (a phone photo is 2–6 MB).
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Attachments one report may carry.
pub const MAX_PER_REPORT: i64 = 5;

#[derive(Debug, PartialEq)]
pub enum Problem {
    Empty,
    TooLarge,
    /// Not a JPEG or PNG (a PDF is recognised but cannot be cleaned yet).
    Type(String),
    /// Recognised but damaged; what is wrong.
    Malformed(String),
    TooMany,
    /// The report's text and attachments were purged under the retention policy.
    Purged,
}

impl Problem {
    /// Fluent id for people; the detail, when any, goes after it.
    pub fn key(&self) -> &'static str {
        match self {
            Problem::Empty => "attach-error-empty",
            Problem::TooLarge => "attach-error-large",
            Problem::Type(_) => "attach-error-type",
            Problem::Malformed(_) => "attach-error-malformed",
            Problem::TooMany => "attach-error-many",
            Problem::Purged => "attach-error-purged",
        }
    }

    pub fn detail(&self) -> Option<&str> {
        match self {
            Problem::Type(d) | Problem::Malformed(d) if !d.is_empty() => Some(d),
            _ => None,
        }
    }
}

pub struct Added {
    pub id: i64,
    /// False when the same file was already attached to this report.
    pub created: bool,
}

fn clean(bytes: &[u8]) -> Result<scrub::Scrubbed, Problem> {
    if bytes.is_empty() {
        return Err(Problem::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(Problem::TooLarge);
    }
    scrub::scrub(bytes).map_err(|e| match e {
        scrub::ScrubError::Empty => Problem::Empty,
        scrub::ScrubError::Malformed(m) => Problem::Malformed(m),
        // The key's own message says what is accepted; scrub's would also offer PDF.
        scrub::ScrubError::UnknownType => Problem::Type(String::new()),
        other => Problem::Type(other.to_string()),
    })
}

/// Cleans and stores a file for a report the caller may already see. The same file twice is
/// the same attachment.
pub async fn add(
    db: &Db,
    who: &AuditActor,
    report_id: i64,
    bytes: &[u8],
) -> anyhow::Result<Result<Added, Problem>> {
    let cleaned = match clean(bytes) {
        Ok(c) => c,
        Err(p) => return Ok(Err(p)),
    };
    let sha256 = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&cleaned.bytes))
    };
    let mut tx = db.begin_write().await?;
    // The purge would delete it within the hour; a hold set after the purge lets it stay.
    let purged: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT text_purged_at, legal_hold_reason FROM reports WHERE id = $1")
            .bind(report_id)
            .fetch_optional(tx.conn())
            .await?;
    if matches!(purged, Some((Some(_), None))) {
        return Ok(Err(Problem::Purged));
    }
    if let Some(id) = store::find(&mut tx, report_id, &sha256).await? {
        tx.commit_quiet().await?;
        return Ok(Ok(Added { id, created: false }));
    }
    if store::count(&mut tx, report_id).await? >= MAX_PER_REPORT {
        tx.commit_quiet().await?;
        return Ok(Err(Problem::TooMany));
    }
    let id = store::insert(
        &mut tx,
        &NewAttachment {
            report_id,
            content_type: cleaned.kind.content_type(),
            sha256: &sha256,
            removed: &cleaned.removed,
            data: &cleaned.bytes,
            uploaded_by: &who.actor,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        who,
        "add_attachment",
        "attachment",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Ok(Added { id, created: true }))
}
