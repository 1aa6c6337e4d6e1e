#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Unknown layouts: inspect a file, map its columns, read it with the mapping.

use ice_records::{
    inspect, read, read_with, shape_key, Criminality, Field, Layout, Mapping, Problem, Record,
};

/// A made-up export with renamed columns, a preamble line, an identifier column (`Name`),
/// redactions and one bad date.
const RENAMED: &str = "\
Export of arrests,,,,,,
When,Where,Nationality,Name,Status,Agency ID,Sex
2025-01-02,CA,MEXICO,Juan Perez,1 Convicted Criminal,A1,M
2025-01-03,(b)(6),GUATEMALA,(b)(6),3 Other Immigration Violator,A2,F
01/13/2025,TX,HONDURAS,,2 Pending Criminal Charges,A3,
2025-13-01,TX,HONDURAS,,2 Pending Criminal Charges,A4,
";

fn mapping(pairs: &[(Field, &str)]) -> Mapping {
    Mapping {
        columns: pairs.iter().map(|(f, h)| (*f, h.to_string())).collect(),
    }
}

fn full_mapping() -> Mapping {
    mapping(&[
        (Field::ApprehensionDate, "When"),
        (Field::State, "Where"),
        (Field::Citizenship, "Nationality"),
        (Field::Criminality, "Status"),
        (Field::AnonymisedId, "Agency ID"),
        (Field::Gender, " Sex "),
    ])
}

#[test]
fn inspect_picks_the_fullest_row_and_hides_identifiers() {
    let shape = inspect(RENAMED.as_bytes()).unwrap();
    assert_eq!(shape.layout, Layout::Unknown);
    assert_eq!(
        shape.headers,
        [
            "When",
            "Where",
            "Nationality",
            "Name",
            "Status",
            "Agency ID",
            "Sex"
        ]
    );
    // Pinned: applications store this key, so it must not change between versions.
    assert_eq!(shape.shape_key, "1bcd1d7054dc79dd");
    assert_eq!(shape.sample_rows.len(), 4);
    assert_eq!(
        shape.sample_rows[0],
        [
            "2025-01-02",
            "CA",
            "MEXICO",
            "",
            "1 Convicted Criminal",
            "A1",
            "M"
        ]
    );
    assert_eq!(
        shape.sample_rows[1][3], "",
        "a redacted identifier is blanked too"
    );
}

#[test]
fn shape_keys_ignore_spelling_but_not_order() {
    let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let key = shape_key(&names(&["When", "Agency ID"]));
    assert_eq!(key, shape_key(&names(&[" when ", "AGENCY_ID", ""])));
    assert_ne!(key, shape_key(&names(&["Agency ID", "When"])));
    assert_eq!(key.len(), 16);
}

#[test]
fn without_a_mapping_an_unknown_header_is_an_error() {
    let error = read(RENAMED.as_bytes(), &mut |_| {}).unwrap_err();
    assert!(error.contains("no recognised header"), "{error}");
}

#[test]
fn read_with_a_mapping() {
    let mut records: Vec<Record> = Vec::new();
    let report = read_with(RENAMED.as_bytes(), Some(&full_mapping()), &mut |r| {
        records.push(r)
    })
    .unwrap();
    assert_eq!(report.layout, Layout::Mapped);
    assert_eq!(report.rows_read, 4);
    assert_eq!(report.imported, 3);
    assert_eq!(
        report.problems,
        vec![Problem {
            line: 6,
            sheet: None,
            message: "apprehension date: bad date \"2025-13-01\"".to_string()
        }]
    );
    assert_eq!(report.withheld_cells, 2);
    assert_eq!(report.dropped_columns, vec!["Name".to_string()]);
    let first = &records[0];
    assert_eq!(first.apprehension_date.as_deref(), Some("2025-01-02"));
    assert_eq!(first.state.as_deref(), Some("CA"));
    assert_eq!(first.citizenship.as_deref(), Some("MEXICO"));
    assert_eq!(first.criminality, Criminality::Convicted);
    assert_eq!(first.anonymised_id.as_deref(), Some("A1"));
    assert_eq!(first.gender.as_deref(), Some("Male"));
    assert_eq!(first.county, None);
    assert_eq!(records[1].state, None, "redacted");
    assert_eq!(
        records[1].withheld,
        vec![
            ("Where".to_string(), "b6".to_string()),
            ("Name".to_string(), "b6".to_string())
        ]
    );
    assert_eq!(records[2].apprehension_date.as_deref(), Some("2025-01-13"));
}

#[test]
fn a_mapping_on_a_known_layout_uses_the_known_header() {
    let text = "arrest_date,arrest_criminality,bln_person_id\n2025-01-02,2 Pending,p1\n";
    let m = mapping(&[(Field::AnonymisedId, "bln_person_id")]);
    let mut records = Vec::new();
    let report = read_with(text.as_bytes(), Some(&m), &mut |r| records.push(r)).unwrap();
    assert_eq!(report.layout, Layout::Mapped);
    assert_eq!(records[0].anonymised_id.as_deref(), Some("p1"));
    assert_eq!(
        records[0].apprehension_date, None,
        "only mapped columns are read"
    );
}

#[test]
fn bad_mappings_are_errors() {
    let run = |m: Mapping| read_with(RENAMED.as_bytes(), Some(&m), &mut |_| {}).unwrap_err();
    let missing = run(mapping(&[(Field::ApprehensionDate, "Date")]));
    assert!(missing.contains("\"Date\""), "{missing}");
    let identifier = run(mapping(&[(Field::AnonymisedId, "Name")]));
    assert!(identifier.contains("identifiers"), "{identifier}");
    let twice = run(mapping(&[(Field::State, "Where"), (Field::State, "Sex")]));
    assert!(twice.contains("twice"), "{twice}");
    let empty = run(mapping(&[(Field::State, " ")]));
    assert!(empty.contains("not in the header"), "{empty}");
}

#[test]
fn field_keys_are_stable_and_round_trip() {
    assert_eq!(Field::ALL.len(), 17);
    for field in Field::ALL {
        assert_eq!(Field::from_key(field.key()), Some(field));
        assert!(!field.label().is_empty());
    }
    let mut keys: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), 17);
    assert_eq!(Field::ApprehensionDate.key(), "apprehension_date");
    assert_eq!(Field::from_key("anonymised_id"), Some(Field::AnonymisedId));
    assert_eq!(Field::from_key("nope"), None);
}
