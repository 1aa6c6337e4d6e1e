#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use scrub::{scrub, Kind, ScrubError};

fn malformed(bytes: &[u8]) -> String {
    match scrub(bytes) {
        Err(ScrubError::Malformed(why)) => why,
        other => panic!("expected Malformed, got {other:?}"),
    }
}

fn text_chunk(keyword: &[u8], text: &[u8]) -> Vec<u8> {
    png_chunk(b"tEXt", &[keyword, b"\0", text].concat())
}

#[test]
fn clean_fixture_passes_through_byte_for_byte() {
    let s = scrub(PLAIN_PNG).unwrap();
    assert_eq!(s.kind, Kind::Png);
    assert_eq!(s.bytes, PLAIN_PNG);
    assert!(s.removed.is_empty());
}

#[test]
fn text_exif_time_and_other_metadata_chunks_are_removed() {
    let mut exif = exif_tiff();
    exif.splice(0..0, b"Exif\0\0".iter().copied()); // some writers keep the APP1 prefix
    let before = [
        png_chunk(b"iCCP", b"camera profile\0\0zlib"),
        png_chunk(b"eXIf", &exif),
        png_chunk(b"tIME", &[0x07, 0xE9, 1, 15, 9, 30, 0]),
    ];
    let after = [
        text_chunk(b"Author", OWNER_NAME),
        png_chunk(b"zTXt", b"Comment\0\0compressed"),
        png_chunk(
            b"iTXt",
            &[b"XML:com.adobe.xmp\0\0\0\0\0", &xmp_packet()[..]].concat(),
        ),
        png_chunk(b"prVt", SERIAL),
    ];
    let dirty = png_with(&before, &after);
    assert!(contains(&dirty, OWNER_NAME) && contains(&dirty, &GPS_LATITUDE_RATIONALS));

    let s = scrub(&dirty).unwrap();

    for needle in [
        OWNER_NAME,
        SERIAL,
        b"Exif\0\0",
        XMP_MARKER,
        &GPS_LATITUDE_RATIONALS,
        b"tEXt",
        b"eXIf",
        b"tIME",
        b"iTXt",
        b"zTXt",
        b"iCCP",
    ] {
        assert!(!contains(&s.bytes, needle), "{needle:?} survived");
    }
    assert_eq!(
        s.removed,
        [
            "PNG iCCP chunk",
            "PNG eXIf chunk",
            "PNG tIME chunk",
            "PNG tEXt chunk",
            "PNG zTXt chunk",
            "PNG iTXt chunk",
            "PNG prVt chunk",
        ]
    );
    assert_eq!(
        idat(&s.bytes),
        idat(PLAIN_PNG),
        "image data must be untouched"
    );
    assert_eq!(s.bytes, PLAIN_PNG);
}

#[test]
fn display_chunks_are_kept_in_order() {
    let kept = [
        png_chunk(b"gAMA", &45455u32.to_be_bytes()),
        png_chunk(b"sRGB", &[0]),
        png_chunk(b"pHYs", &[0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1]),
        png_chunk(b"bKGD", &[0, 0, 0, 0, 0, 0]),
    ];
    let with_text = [
        kept[0].clone(),
        text_chunk(b"Software", b"phone camera"),
        kept[1].clone(),
        kept[2].clone(),
        kept[3].clone(),
    ];
    let s = scrub(&png_with(&with_text, &[])).unwrap();
    assert_eq!(s.bytes, png_with(&kept, &[]));
    assert_eq!(s.removed, ["PNG tEXt chunk"]);
}

#[test]
fn animation_chunks_are_dropped_leaving_the_first_frame() {
    let actl = png_chunk(b"acTL", &[0, 0, 0, 2, 0, 0, 0, 0]);
    let fctl = png_chunk(b"fcTL", &[0; 26]);
    let fdat = png_chunk(b"fdAT", &[0, 0, 0, 1, 1, 2, 3]);
    let s = scrub(&png_with(&[actl], &[fctl, fdat])).unwrap();
    assert_eq!(s.bytes, PLAIN_PNG);
    assert_eq!(
        s.removed,
        ["PNG acTL chunk", "PNG fcTL chunk", "PNG fdAT chunk"]
    );
}

#[test]
fn data_after_iend_is_dropped() {
    let mut dirty = PLAIN_PNG.to_vec();
    dirty.extend_from_slice(OWNER_NAME);
    let s = scrub(&dirty).unwrap();
    assert_eq!(s.bytes, PLAIN_PNG);
    assert_eq!(s.removed, ["data after the end of the PNG"]);
}

#[test]
fn bad_checksums_are_refused_even_on_dropped_chunks() {
    let mut text = text_chunk(b"Author", OWNER_NAME);
    let last = text.len() - 1;
    text[last] ^= 1;
    assert!(malformed(&png_with(&[], &[text])).contains("tEXt chunk has a bad checksum"));

    let mut broken_idat = PLAIN_PNG.to_vec();
    broken_idat[8 + 25 + 10] ^= 0x40; // a byte inside IDAT's data
    assert!(malformed(&broken_idat).contains("IDAT chunk has a bad checksum"));
}

#[test]
fn broken_structure_is_malformed() {
    let chunks = png_chunks(PLAIN_PNG);
    let no_iend: Vec<u8> = PLAIN_PNG[..PLAIN_PNG.len() - 12].to_vec();
    assert!(malformed(&no_iend).contains("truncated"));

    assert!(malformed(&PLAIN_PNG[..PLAIN_PNG.len() - 3]).contains("truncated"));

    let idat_first = png_from(&[
        chunks[1].1.clone(),
        chunks[0].1.clone(),
        chunks[2].1.clone(),
    ]);
    assert!(malformed(&idat_first).contains("IHDR"));

    let no_idat = png_from(&[chunks[0].1.clone(), chunks[2].1.clone()]);
    assert!(malformed(&no_idat).contains("no image data"));

    let bad_type = png_with(&[png_chunk(b"t3Xt", b"x")], &[]);
    assert!(malformed(&bad_type).contains("invalid type"));

    let mut huge = png_with(&[png_chunk(b"tEXt", b"x")], &[]);
    huge[8 + 25..8 + 25 + 4].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xF0]);
    assert!(malformed(&huge).contains("impossible length"));
}
