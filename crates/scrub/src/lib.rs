//! Recognises uploaded photos and documents by their bytes and strips their metadata before
//! anything is stored.
//!
//! Pure: no I/O. A photo of a warrant taken on someone's phone carries where it was taken, the
//! phone's serial number, its owner's name and a thumbnail of the original; none of that may
//! reach storage. The rule throughout is to over-strip: keep only what is needed to show the
//! picture, drop everything else, and refuse what cannot be parsed rather than pass it through.
//!
//! ```
//! let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
//! assert_eq!(scrub::detect(&png), Some(scrub::Kind::Png));
//! assert_eq!(scrub::scrub(b"hello"), Err(scrub::ScrubError::UnknownType));
//! ```

mod crc32;
mod jpeg;
mod png;

use std::collections::HashSet;
use std::fmt;

/// The kinds of file accepted, recognised by their first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Jpeg,
    Png,
    Pdf,
}

impl Kind {
    /// The media type to store and serve the cleaned file with.
    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Jpeg => "image/jpeg",
            Kind::Png => "image/png",
            Kind::Pdf => "application/pdf",
        }
    }

    /// File name extension (without the dot) for downloads.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Jpeg => "jpg",
            Kind::Png => "png",
            Kind::Pdf => "pdf",
        }
    }
}

/// A cleaned file and what was taken out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scrubbed {
    pub kind: Kind,
    pub bytes: Vec<u8>,
    /// Human-readable, one line each, no duplicates, in the order first met
    /// (e.g. "EXIF (APP1)", "PNG tEXt chunk"). Empty when the file was already clean.
    pub removed: Vec<String>,
}

/// Why a file was not accepted. `Display` gives a message fit to show the person uploading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScrubError {
    Empty,
    /// Not a JPEG, PNG or PDF by its content.
    UnknownType,
    /// A recognised kind that cannot be cleaned (yet); the text says what to do instead.
    Unsupported(String),
    /// Recognised but damaged or not parseable; the text says what is wrong.
    Malformed(String),
}

impl fmt::Display for ScrubError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScrubError::Empty => f.write_str("the file is empty"),
            ScrubError::UnknownType => f.write_str(
                "only JPEG photos, PNG images and PDF documents are accepted \
                 (recognised by their content, not their file name)",
            ),
            ScrubError::Unsupported(why) => f.write_str(why),
            ScrubError::Malformed(what) => write!(f, "the file is damaged: {what}"),
        }
    }
}

impl std::error::Error for ScrubError {}

/// Why PDFs are refused: removing the document information dictionary and XMP is not enough
/// (scanned pages embed JPEGs with their own EXIF, annotations carry author names, earlier
/// revisions survive incremental updates), and a full PDF parser is a large, panic-prone
/// dependency to run on untrusted input.
pub const PDF_REFUSAL: &str =
    "PDF documents cannot be cleaned of their metadata yet; photograph the pages instead";

const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG_MAGIC: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
const PDF_MAGIC: &[u8] = b"%PDF-";

/// What kind of file this is, by its magic bytes only: never trust a file name or the
/// client's content type.
pub fn detect(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(JPEG_MAGIC) {
        Some(Kind::Jpeg)
    } else if bytes.starts_with(PNG_MAGIC) {
        Some(Kind::Png)
    } else if bytes.starts_with(PDF_MAGIC) {
        Some(Kind::Pdf)
    } else {
        None
    }
}

/// Recognises the file and returns a copy with its metadata removed.
pub fn scrub(bytes: &[u8]) -> Result<Scrubbed, ScrubError> {
    if bytes.is_empty() {
        return Err(ScrubError::Empty);
    }
    let kind = detect(bytes).ok_or(ScrubError::UnknownType)?;
    let mut removed = Removed::default();
    let cleaned = match kind {
        Kind::Jpeg => jpeg::scrub(bytes, &mut removed)?,
        Kind::Png => png::scrub(bytes, &mut removed)?,
        Kind::Pdf => return Err(ScrubError::Unsupported(PDF_REFUSAL.to_string())),
    };
    Ok(Scrubbed {
        kind,
        bytes: cleaned,
        removed: removed.0,
    })
}

/// The list of what was taken out, each thing named once however often it occurred. The set
/// keeps that linear: a crafted PNG can hold hundreds of thousands of distinct chunk types.
#[derive(Default)]
struct Removed(Vec<String>, HashSet<String>);

impl Removed {
    fn note(&mut self, what: impl Into<String>) {
        let what = what.into();
        if self.1.insert(what.clone()) {
            self.0.push(what);
        }
    }
}

fn malformed(what: impl Into<String>) -> ScrubError {
    ScrubError::Malformed(what.into())
}
