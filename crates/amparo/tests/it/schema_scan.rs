//! The sanctuary rule in the schema: no table may have a column whose name suggests a
//! resident's immigration status, nationality, A-number or alien file number. The same rule
//! covers the columns of stored ICE records, where only the fields ICE itself released (and
//! whose withheld markers amparo keeps) are allowed.

use crate::both;
use crate::harness::{Engine, TestApp};
use sqlx::Row;

/// Whether a column name suggests data amparo must never hold.
fn forbidden(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    const PARTS: [&str; 13] = [
        "immigra",
        "citizen",
        "nationalit",
        "national_origin",
        "country_of_birth",
        "birth_country",
        "birthplace",
        "place_of_birth",
        "legal_status",
        "undocumented",
        "green_card",
        "social_security",
        "alien",
    ];
    const WORDS: [&str; 6] = ["anumber", "ssn", "visa", "daca", "passport", "itin"];
    let words: Vec<&str> = name.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    PARTS.iter().any(|p| name.contains(p))
        || WORDS.iter().any(|w| words.contains(w))
        || words
            .windows(2)
            .any(|w| w[0] == "a" && matches!(w[1], "number" | "no" | "num"))
}

/// ICE's own released fields, kept in stored record chunks with their withheld markers.
const ALLOWED_ICE_FIELDS: [&str; 1] = ["citizenship"];

#[test]
fn the_rule_catches_what_it_should_and_only_that() {
    for bad in [
        "immigration_status",
        "citizenship",
        "nationality",
        "a_number",
        "A_No",
        "anumber",
        "alien_file_number",
        "country_of_birth",
        "visa",
        "reporter_ssn",
    ] {
        assert!(forbidden(bad), "{bad}");
    }
    for fine in [
        "status",
        "reporter",
        "data_notes",
        "national_guard_present",
        "narrative",
        "area",
        "visas_count_x",
        "birth_year",
    ] {
        assert!(!forbidden(fine), "{fine}");
    }
}

#[test]
fn stored_ice_record_fields_break_the_rule_only_where_allowed() {
    let offending: Vec<&str> = amparo::foia::records::COLUMNS
        .iter()
        .copied()
        .filter(|c| forbidden(c) && !ALLOWED_ICE_FIELDS.contains(c))
        .collect();
    assert!(offending.is_empty(), "{offending:?}");
}

both!(no_table_has_a_forbidden_column, |app: TestApp| async move {
    // Whole, not field by field: the test database lives as long as `app` does.
    let app = app;
    let sql = match app.engine {
        Engine::Sqlite => {
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table'"
        }
        Engine::Postgres => {
            "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) \
             FROM information_schema.columns WHERE table_schema = 'public'"
        }
    };
    let rows = sqlx::query(sql).fetch_all(app.db.pool()).await.unwrap();
    assert!(
        rows.len() > 200,
        "the scan sees the whole schema ({} columns)",
        rows.len()
    );
    let offending: Vec<String> = rows
        .iter()
        .map(|r| format!("{}.{}", r.get::<String, _>(0), r.get::<String, _>(1)))
        .filter(|c| forbidden(c.split('.').nth(1).unwrap_or_default()))
        .collect();
    assert!(offending.is_empty(), "forbidden columns: {offending:?}");
});
