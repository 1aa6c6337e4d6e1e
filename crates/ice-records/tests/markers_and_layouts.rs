#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Redaction marker spellings and header recognition.

use ice_records::{detect_layout, is_redaction_marker, Layout};

#[test]
fn every_known_marker_spelling_is_recognised() {
    // Spellings listed in the data README, plus the one in the Seattle file.
    let table = [
        ("(b)(6)(b)(7)(c)", "b6,b7c"),
        ("b(6), b(7)c", "b6,b7c"),
        ("b(6), b(7)C", "b6,b7c"),
        ("(b)(6),(b)(7)(c)", "b6,b7c"),
        ("(B)(6), (B)(7)(C)", "b6,b7c"),
        ("(b)(3), (b)(6), (b)(7)(c)", "b3,b6,b7c"),
        ("b(7)(e)", "b7e"),
        ("(b)(6), (b)(7)(c)", "b6,b7c"),
        ("  (b)(6)  ", "b6"),
        ("(b)(7)(c)(b)(6)", "b7c,b6"),
    ];
    for (cell, codes) in table {
        assert_eq!(is_redaction_marker(cell).as_deref(), Some(codes), "{cell}");
    }
}

#[test]
fn ordinary_text_is_not_a_marker() {
    for cell in [
        "",
        "  ",
        "8 USC 1326(b)(1)",
        "MEXICO",
        "b",
        "(b)",
        "b(x)",
        "(b)(6) and more",
        "1 Convicted Criminal",
    ] {
        assert_eq!(is_redaction_marker(cell), None, "{cell}");
    }
}

fn headers(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn layouts_are_recognised_from_headers() {
    let current = headers(&[
        "Apprehension Date",
        "Apprehension Type",
        "State",
        "County",
        "TOA Current Duty AOR",
        "Apprehension Final Program",
        "Anonymized Identifier",
    ]);
    assert_eq!(detect_layout(&current), Layout::DdpCurrent);
    let july = headers(&[
        "Apprehension Date",
        "Apprehension State",
        "Apprehension AOR",
        "Final Program Group",
        "Alien File Number",
        "EID Subject ID",
    ]);
    assert_eq!(detect_layout(&july), Layout::DdpJuly2025);
    let older = headers(&[
        "APPREHENSION DATE ",
        " Area of Responsibility",
        "Apprehension Crimin",
    ]);
    assert_eq!(detect_layout(&older), Layout::DdpJuly2025);
    let bln = headers(&[
        "orig_row_number",
        "arrest_date",
        "arrest_criminality",
        "bln_person_id",
    ]);
    assert_eq!(detect_layout(&bln), Layout::BigLocalNewsLa);
    let uwchr = headers(&[
        "site_code",
        "area_of_responsibility_code",
        "apprehension_date",
        "apprehension_method_descr",
    ]);
    assert_eq!(detect_layout(&uwchr), Layout::UwchrI213);
    assert_eq!(detect_layout(&headers(&["geoid", "aor"])), Layout::Unknown);
}
