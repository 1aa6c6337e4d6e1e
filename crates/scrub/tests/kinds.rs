#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use scrub::{detect, scrub, Kind, ScrubError, PDF_REFUSAL};

const MINIMAL_PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R /Info << /Author (Rosalind) >> >>\n%%EOF\n";

#[test]
fn detects_by_magic_bytes() {
    assert_eq!(detect(BASELINE_JPG), Some(Kind::Jpeg));
    assert_eq!(detect(PLAIN_PNG), Some(Kind::Png));
    assert_eq!(detect(MINIMAL_PDF), Some(Kind::Pdf));
    assert_eq!(detect(b""), None);
    assert_eq!(detect(b"GIF89a"), None);
    assert_eq!(detect(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), None);
    // A name or a content type is not magic: only the bytes count.
    assert_eq!(detect(b"photo.jpg"), None);
    assert_eq!(detect(b"image/png"), None);
    // Magic must be at the very start.
    assert_eq!(detect(&[b" ", BASELINE_JPG].concat()), None);
    assert_eq!(detect(&[0xFF, 0xD8]), None);
}

#[test]
fn kinds_have_content_types_and_extensions() {
    assert_eq!(Kind::Jpeg.content_type(), "image/jpeg");
    assert_eq!(Kind::Png.content_type(), "image/png");
    assert_eq!(Kind::Pdf.content_type(), "application/pdf");
    assert_eq!(Kind::Jpeg.extension(), "jpg");
    assert_eq!(Kind::Png.extension(), "png");
    assert_eq!(Kind::Pdf.extension(), "pdf");
}

#[test]
fn empty_and_unknown_files_are_refused_with_a_clear_message() {
    assert_eq!(scrub(b""), Err(ScrubError::Empty));
    assert_eq!(scrub(b"GIF89a..."), Err(ScrubError::UnknownType));
    let message = ScrubError::UnknownType.to_string();
    for accepted in ["JPEG", "PNG", "PDF"] {
        assert!(message.contains(accepted), "{message}");
    }
}

#[test]
fn pdfs_are_recognised_but_refused() {
    let err = scrub(MINIMAL_PDF).unwrap_err();
    assert_eq!(err, ScrubError::Unsupported(PDF_REFUSAL.to_string()));
    assert!(err.to_string().contains("photograph the pages"));
}

#[test]
fn malformed_messages_say_what_is_wrong() {
    let err = scrub(&[0xFF, 0xD8, 0xFF]).unwrap_err();
    assert!(matches!(err, ScrubError::Malformed(_)));
    assert!(
        err.to_string().starts_with("the file is damaged: JPEG"),
        "{err}"
    );
}

#[test]
fn removed_entries_are_single_lines() {
    // The caller stores the list newline-joined.
    let dirty = insert_at(BASELINE_JPG, 2, &[exif_app1(), comment()].concat());
    let s = scrub(&dirty).unwrap();
    assert!(!s.removed.is_empty());
    assert!(s.removed.iter().all(|r| !r.contains('\n') && !r.is_empty()));
}
