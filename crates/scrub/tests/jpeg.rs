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

fn after_soi() -> usize {
    2
}

#[test]
fn clean_fixtures_pass_through_byte_for_byte() {
    for (name, jpeg) in ALL_JPEGS {
        let s = scrub(jpeg).unwrap();
        assert_eq!(s.kind, Kind::Jpeg, "{name}");
        assert_eq!(s.bytes, jpeg, "{name}");
        assert!(s.removed.is_empty(), "{name}: {:?}", s.removed);
    }
}

#[test]
fn exif_with_gps_and_artist_xmp_and_comment_are_removed() {
    let mut metadata = exif_app1();
    metadata.extend_from_slice(&xmp_app1());
    metadata.extend_from_slice(&comment());
    // After the JFIF header, where cameras put them.
    let jfif_end = header_marker_at(BASELINE_JPG, 0xDB);
    let dirty = insert_at(BASELINE_JPG, jfif_end, &metadata);
    for needle in [
        OWNER_NAME,
        SERIAL,
        b"Exif\0\0",
        XMP_MARKER,
        &GPS_LATITUDE_RATIONALS,
    ] {
        assert!(contains(&dirty, needle), "test setup: {needle:?} missing");
    }

    let s = scrub(&dirty).unwrap();

    for needle in [
        OWNER_NAME,
        SERIAL,
        b"Exif\0\0",
        XMP_MARKER,
        b"http://ns.adobe.com",
        &GPS_LATITUDE_RATIONALS,
        b"II*\0",
    ] {
        assert!(!contains(&s.bytes, needle), "{needle:?} survived");
    }
    assert_eq!(s.removed, ["EXIF (APP1)", "XMP (APP1)", "comment (COM)"]);
    assert_eq!(
        scans(&s.bytes),
        scans(BASELINE_JPG),
        "image data must be untouched"
    );
    assert_eq!(s.bytes, BASELINE_JPG);
}

#[test]
fn metadata_before_the_jfif_header_is_removed_too() {
    let dirty = insert_at(BASELINE_JPG, after_soi(), &exif_app1());
    let s = scrub(&dirty).unwrap();
    assert_eq!(s.bytes, BASELINE_JPG);
}

#[test]
fn jfif_thumbnail_is_replaced_by_an_empty_one() {
    // JFIF 1.01, no units, 1×1 density, 2×1 thumbnail of 6 RGB bytes.
    let mut jfif = b"JFIF\0\x01\x01\0\0\x01\0\x01\x02\x01".to_vec();
    jfif.extend_from_slice(b"PIXELS");
    let jfif_at = header_marker_at(BASELINE_JPG, 0xE0);
    let jfif_end = header_marker_at(BASELINE_JPG, 0xDB);
    let mut dirty = BASELINE_JPG[..jfif_at].to_vec();
    dirty.extend_from_slice(&jpeg_segment(0xE0, &jfif));
    dirty.extend_from_slice(&BASELINE_JPG[jfif_end..]);

    let s = scrub(&dirty).unwrap();

    let expected = jpeg_segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    assert_eq!(&s.bytes[2..2 + expected.len()], expected.as_slice());
    assert!(!contains(&s.bytes, b"PIXELS"));
    assert_eq!(s.removed, ["JFIF thumbnail (APP0)"]);
}

#[test]
fn jfxx_thumbnails_and_non_jfif_app0_are_dropped() {
    let jfxx = jpeg_segment(0xE0, b"JFXX\0\x10THUMBNAIL");
    let other = jpeg_segment(0xE0, b"AVI1\0junk");
    let jfif_end = header_marker_at(BASELINE_JPG, 0xDB);
    let dirty = insert_at(BASELINE_JPG, jfif_end, &[jfxx, other].concat());
    let s = scrub(&dirty).unwrap();
    assert_eq!(s.bytes, BASELINE_JPG);
    assert_eq!(
        s.removed,
        ["JFIF extension thumbnail (APP0)", "APP0 segment"]
    );
}

#[test]
fn other_application_segments_are_dropped_and_named() {
    let segments = [
        jpeg_segment(0xE2, b"ICC_PROFILE\0\x01\x01device model"),
        jpeg_segment(0xE2, b"MPF\0II*\0"),
        jpeg_segment(0xE1, b"http://ns.adobe.com/xmp/extension/\0rest"),
        jpeg_segment(0xED, b"Photoshop 3.0\08BIM"),
        jpeg_segment(0xE5, b"vendor"),
        jpeg_segment(0xEF, b"vendor"),
        jpeg_segment(0xEE, b"NotAdobe-data"),
    ];
    let jfif_end = header_marker_at(BASELINE_JPG, 0xDB);
    let dirty = insert_at(BASELINE_JPG, jfif_end, &segments.concat());
    let s = scrub(&dirty).unwrap();
    assert_eq!(s.bytes, BASELINE_JPG);
    assert_eq!(
        s.removed,
        [
            "ICC colour profile (APP2)",
            "multi-picture index (APP2)",
            "extended XMP (APP1)",
            "Photoshop/IPTC (APP13)",
            "APP5 segment",
            "APP15 segment",
            "APP14 segment",
        ]
    );
}

#[test]
fn adobe_segment_is_kept_for_its_colour_transform_but_trimmed() {
    assert!(contains(CMYK_ADOBE_JPG, b"Adobe"));
    let adobe_at = header_marker_at(CMYK_ADOBE_JPG, 0xEE);
    let adobe_end = header_marker_at(CMYK_ADOBE_JPG, 0xDB);
    let original = &CMYK_ADOBE_JPG[adobe_at + 4..adobe_end];
    assert_eq!(original.len(), 12);
    let padded = jpeg_segment(0xEE, &[original, b"extra bytes"].concat());
    let mut dirty = CMYK_ADOBE_JPG[..adobe_at].to_vec();
    dirty.extend_from_slice(&padded);
    dirty.extend_from_slice(&CMYK_ADOBE_JPG[adobe_end..]);

    let s = scrub(&dirty).unwrap();

    assert_eq!(s.bytes, CMYK_ADOBE_JPG);
    assert_eq!(s.removed, ["extra data in the Adobe segment (APP14)"]);
}

#[test]
fn anything_after_the_end_of_image_is_dropped() {
    let mut dirty = BASELINE_JPG.to_vec();
    dirty.extend_from_slice(b"PK\x03\x04 an appended archive naming ");
    dirty.extend_from_slice(OWNER_NAME);
    let s = scrub(&dirty).unwrap();
    assert_eq!(s.bytes, BASELINE_JPG);
    assert_eq!(s.removed, ["data after the end of the image"]);
}

#[test]
fn progressive_metadata_between_scans_is_dropped_and_tables_kept() {
    // Put a comment and EXIF before the second scan's DHT, i.e. between entropy data and a
    // table: the scanner must find them as segments, not mistake them for image data.
    let first_sos = header_marker_at(PROGRESSIVE_JPG, 0xDA);
    let second_table = first_sos
        + 2
        + PROGRESSIVE_JPG[first_sos + 2..]
            .windows(2)
            .position(|w| w == [0xFF, 0xC4])
            .unwrap();
    let mut extra = comment();
    extra.extend_from_slice(&exif_app1());
    let dirty = insert_at(PROGRESSIVE_JPG, second_table, &extra);

    let s = scrub(&dirty).unwrap();

    assert_eq!(s.bytes, PROGRESSIVE_JPG);
    assert_eq!(s.removed, ["comment (COM)", "EXIF (APP1)"]);
    let sos_count = s.bytes.windows(2).filter(|w| *w == [0xFF, 0xDA]).count();
    assert!(
        sos_count >= 2,
        "progressive fixture should have several scans"
    );
}

#[test]
fn restart_markers_and_stuffed_bytes_are_image_data() {
    assert!(
        RESTART_JPG.windows(2).any(|w| w == [0xFF, 0xD0]),
        "fixture has RST0"
    );
    assert!(
        RESTART_JPG.windows(2).any(|w| w == [0xFF, 0xDD]),
        "fixture has DRI"
    );
    let s = scrub(RESTART_JPG).unwrap();
    assert_eq!(s.bytes, RESTART_JPG);
}

#[test]
fn fill_bytes_before_markers_are_tolerated_and_dropped() {
    let dqt = header_marker_at(BASELINE_JPG, 0xDB);
    let sos = header_marker_at(BASELINE_JPG, 0xDA);
    let eoi = BASELINE_JPG.len() - 2;
    let mut padded = insert_at(BASELINE_JPG, eoi, &[0xFF, 0xFF, 0xFF]);
    padded = insert_at(&padded, sos, &[0xFF]);
    padded = insert_at(&padded, dqt, &[0xFF, 0xFF]);
    let s = scrub(&padded).unwrap();
    assert_eq!(s.bytes, BASELINE_JPG);
}

#[test]
fn truncated_or_broken_structure_is_malformed() {
    let sos = header_marker_at(BASELINE_JPG, 0xDA);
    let dqt = header_marker_at(BASELINE_JPG, 0xDB);
    let sof = header_marker_at(BASELINE_JPG, 0xC0);

    let cut_in_segment = &BASELINE_JPG[..dqt + 10];
    assert!(malformed(cut_in_segment).contains("0xFFDB is truncated"));

    let cut_in_data = &BASELINE_JPG[..BASELINE_JPG.len() - 2];
    assert!(malformed(cut_in_data).contains("truncated"));

    let mut zero_length = BASELINE_JPG.to_vec();
    zero_length[dqt + 2..dqt + 4].copy_from_slice(&[0, 1]);
    assert!(malformed(&zero_length).contains("impossible length"));

    let garbage = insert_at(BASELINE_JPG, dqt, b"garbage");
    assert!(malformed(&garbage).contains("expected a marker"));

    let second_soi = insert_at(BASELINE_JPG, dqt, &[0xFF, 0xD8]);
    assert!(malformed(&second_soi).contains("second start-of-image"));

    let no_frame = [&BASELINE_JPG[..sof], &BASELINE_JPG[sof + 19..]].concat();
    assert!(malformed(&no_frame).contains("before its frame header"));

    let no_scan = [&BASELINE_JPG[..sos], &[0xFF, 0xD9][..]].concat();
    assert!(malformed(&no_scan).contains("before any image data"));

    let mut bad_scan_header = BASELINE_JPG.to_vec();
    bad_scan_header[sos + 4] = 9; // 9 components in a scan
    assert!(malformed(&bad_scan_header).contains("scan header"));

    let mut bad_dqt = BASELINE_JPG.to_vec();
    bad_dqt[dqt + 4] = 0x20; // precision 2 does not exist
    assert!(malformed(&bad_dqt).contains("quantization table"));

    let dht = header_marker_at(BASELINE_JPG, 0xC4);
    let mut bad_dht = BASELINE_JPG.to_vec();
    bad_dht[dht + 5] = 0xFF; // 255 one-bit codes: the table overruns its segment
    assert!(malformed(&bad_dht).contains("Huffman table"));

    assert!(malformed(&[0xFF, 0xD8, 0xFF]).contains("truncated"));
}
