//! Documents the chair attaches to a meeting: briefing papers, drafts, slides. Recognised by
//! their bytes (PDF, PNG, JPEG, or UTF-8 text such as Markdown), images stripped of their
//! metadata, titled by the chair (the file's own name is not kept), hashed, limited in size
//! and number, withdrawn rather than deleted, and audited on upload, withdrawal and download.

pub mod store;
pub mod web;

use crate::audit::{self, AuditActor, Outcome};
use crate::db::Db;

/// Largest document accepted.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Documents one meeting may carry, withdrawn ones included.
pub const MAX_PER_MEETING: i64 = 20;
pub const TITLE_MAX: usize = 200;

/// What is wrong with an upload: the form field and the Fluent id of the message.
pub type Problem = (&'static str, &'static str);

/// A document ready to store: its media type and the bytes to keep.
#[derive(Debug, PartialEq)]
pub struct Cleaned {
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

/// Checks the title and recognises the file. Text must be UTF-8 without NUL bytes so that a
/// binary file of another kind is not served as text.
pub fn check(title: &str, bytes: &[u8]) -> Result<Cleaned, Vec<Problem>> {
    let mut p = Vec::new();
    let title = title.trim();
    if title.is_empty() {
        p.push(("doc_title", "error-required"));
    } else if title.chars().count() > TITLE_MAX || title.chars().any(char::is_control) {
        p.push(("doc_title", "error-too-long"));
    }
    let file = if bytes.is_empty() {
        Err(("file", "wg-doc-err-empty"))
    } else if bytes.len() > MAX_BYTES {
        Err(("file", "wg-doc-err-large"))
    } else {
        recognise(bytes)
    };
    match file {
        Ok(c) if p.is_empty() => Ok(c),
        Ok(_) => Err(p),
        Err(e) => {
            p.push(e);
            Err(p)
        }
    }
}

fn recognise(bytes: &[u8]) -> Result<Cleaned, Problem> {
    match scrub::detect(bytes) {
        Some(scrub::Kind::Pdf) => Ok(Cleaned {
            content_type: "application/pdf",
            bytes: bytes.to_vec(),
        }),
        Some(_) => scrub::scrub(bytes)
            .map(|s| Cleaned {
                content_type: s.kind.content_type(),
                bytes: s.bytes,
            })
            .map_err(|_| ("file", "wg-doc-err-damaged")),
        None if !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok() => Ok(Cleaned {
            content_type: "text/plain; charset=utf-8",
            bytes: bytes.to_vec(),
        }),
        None => Err(("file", "wg-doc-err-type")),
    }
}

/// The download's file name extension for a stored media type.
pub fn extension(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "pdf",
        "image/png" => "png",
        "image/jpeg" => "jpg",
        _ => "txt",
    }
}

/// Stores a document on a meeting. The same file twice on one meeting is refused by name.
pub async fn add(
    db: &Db,
    who: &AuditActor,
    meeting: i64,
    title: &str,
    bytes: &[u8],
) -> anyhow::Result<Result<i64, Vec<Problem>>> {
    let cleaned = match check(title, bytes) {
        Ok(c) => c,
        Err(p) => return Ok(Err(p)),
    };
    let sha256 = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&cleaned.bytes))
    };
    let mut tx = db.begin_write().await?;
    let (count, same) = store::count_and_find(&mut tx, meeting, &sha256).await?;
    if same {
        return Ok(Err(vec![("file", "wg-doc-err-same")]));
    }
    if count >= MAX_PER_MEETING {
        return Ok(Err(vec![("file", "wg-doc-err-many")]));
    }
    let id = store::insert(
        &mut tx,
        &store::NewDocument {
            meeting,
            title: title.trim(),
            content_type: cleaned.content_type,
            sha256: &sha256,
            data: &cleaned.bytes,
            uploaded_by: &who.actor,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        who,
        "attach_meeting_document",
        "wg_meeting_document",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(Ok(id))
}

/// Marks a document withdrawn; false when it was already withdrawn or does not exist.
pub async fn withdraw(db: &Db, who: &AuditActor, id: i64) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    if !store::withdraw(&mut tx, id).await? {
        return Ok(false);
    }
    audit::record(
        &mut tx,
        who,
        "withdraw_meeting_document",
        "wg_meeting_document",
        id,
        Outcome::Ok,
    )
    .await?;
    tx.commit_quiet().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn documents_are_recognised_by_their_bytes() {
        let pdf = check("Briefing", b"%PDF-1.7\n...").unwrap();
        assert_eq!(pdf.content_type, "application/pdf");
        let md = check("Agenda notes", "## Uno\nsección".as_bytes()).unwrap();
        assert_eq!(md.content_type, "text/plain; charset=utf-8");
        assert_eq!(
            check("Binary", &[0x7f, b'E', b'L', b'F', 0, 1]).unwrap_err(),
            vec![("file", "wg-doc-err-type")]
        );
        assert_eq!(
            check("Bad bytes", &[0xff, 0xfe, 0xfd]).unwrap_err(),
            vec![("file", "wg-doc-err-type")]
        );
    }

    #[test]
    fn title_and_file_are_both_named() {
        assert_eq!(
            check("  ", b"").unwrap_err(),
            vec![
                ("doc_title", "error-required"),
                ("file", "wg-doc-err-empty")
            ]
        );
        let long = "x".repeat(TITLE_MAX + 1);
        assert_eq!(
            check(&long, b"text").unwrap_err(),
            vec![("doc_title", "error-too-long")]
        );
        assert_eq!(
            check("Big", &vec![b'a'; MAX_BYTES + 1]).unwrap_err(),
            vec![("file", "wg-doc-err-large")]
        );
    }

    #[test]
    fn a_damaged_image_is_refused() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(&[0, 0, 0, 13]);
        assert_eq!(
            check("Slide", &png).unwrap_err(),
            vec![("file", "wg-doc-err-damaged")]
        );
    }
}
