#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{example_files, example_fixed, DANGLING};
use hsds::{hsds3, import_csv, RowError, MAX_TOTAL_BYTES, MAX_TOTAL_ROWS};
use std::collections::BTreeMap;

fn one(path: &str, bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    BTreeMap::from([(path.to_owned(), bytes.to_vec())])
}

fn errors(files: &BTreeMap<String, Vec<u8>>) -> Vec<RowError> {
    import_csv(hsds3(), files).expect_err("expected errors")
}

#[test]
fn upstream_example_has_exactly_its_four_dangling_references() {
    let errs = errors(&example_files());
    let got: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            "locations.csv line 2, field organization_id: no organization with id 985e4a42-bd9f-4edc-911d-0243a4640aca",
            "contacts.csv line 2, field organization_id: no organization with id ae67a707-5893-4225-b0b1-320ab9cb596b",
            "contacts.csv line 2, field service_at_location_id: no service_at_location with id 93eaf18d-1cd2-4ec7-bffb-3c9172ee5070",
            "taxonomy_terms.csv line 2, field taxonomy_id: no taxonomy with id 07ff6aee-a219-438c-b694-d2fcb6c5373b",
        ]
    );
    for (e, (file, id, _)) in errs.iter().zip(DANGLING) {
        assert_eq!((e.file.as_str(), e.line), (file, 2));
        assert!(e.message.contains(id));
    }
}

#[test]
fn consistent_example_imports_with_zero_errors() {
    let data = import_csv(hsds3(), &example_fixed()).unwrap();
    assert_eq!(data.tables.len(), 21);
    assert!(data.tables.values().all(|rows| rows.len() == 1));
    let service = &data.tables["service"][0];
    assert_eq!(service.id(), "ac148810-d857-441c-9679-408f346de14b");
    assert_eq!(service.get("status"), Some("active"));
    assert_eq!(
        service.get("last_modified"),
        Some("2023-03-15T10:30:45.123Z")
    );
    // Cells are kept exactly, trailing space included.
    assert!(service
        .get("description")
        .unwrap()
        .ends_with("circumstances. "));
    let location = &data.tables["location"][0];
    assert_eq!(location.get("latitude"), Some("100"));
    // Upstream's phone number cell really contains the quote characters.
    assert_eq!(
        data.tables["phone"][0].get("number"),
        Some("\"+44 1234 234567\"")
    );
    let schedule = &data.tables["schedule"][0];
    assert_eq!(schedule.get("byday"), Some("TH,FR"));
    assert_eq!(schedule.get("opens_at"), Some("10:00:00"));
    // Empty cells are omitted, not stored as "".
    assert_eq!(data.tables["organization"][0].values.len(), 13);
    assert_eq!(data.tables["taxonomy"][0].get("missing"), None);
}

#[test]
fn descriptor_file_in_upload_is_ignored() {
    let mut files = example_fixed();
    // Upstream's examples/csv/datapackage.json is a bare relative path.
    files.insert(
        "datapackage.json".into(),
        b"../../datapackage.json".to_vec(),
    );
    assert!(import_csv(hsds3(), &files).is_ok());
}

#[test]
fn missing_empty_and_header_only_files_are_resources_without_rows() {
    let mut files = example_fixed();
    files.remove("funding.csv");
    files.insert("accessibility.csv".into(), Vec::new());
    files.insert("service_areas.csv".into(), b"id,service_id\r\n".to_vec());
    let data = import_csv(hsds3(), &files).unwrap();
    assert_eq!(data.tables.len(), 21);
    for name in ["funding", "accessibility", "service_area"] {
        assert!(data.tables[name].is_empty(), "{name}");
    }
    assert!(import_csv(hsds3(), &BTreeMap::new())
        .unwrap()
        .tables
        .values()
        .all(Vec::is_empty));
}

#[test]
fn unknown_file_is_an_error() {
    let mut files = example_fixed();
    files.insert("service.csv".into(), b"id\r\n".to_vec());
    let errs = errors(&files);
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].file, "service.csv");
    assert_eq!(errs[0].line, 0);
}

#[test]
fn line_numbers_count_embedded_newlines() {
    let csv = "id,name,description\r\n\
        00000000-0000-4000-8000-000000000001,\"A\r\nmulti\nline name\",d\r\n\
        not-a-uuid,B,d\r\n";
    let errs = errors(&one("taxonomies.csv", csv.as_bytes()));
    assert_eq!(errs.len(), 1);
    assert_eq!(
        errs[0].to_string(),
        "taxonomies.csv line 5, field id: must be a UUID like 3f7b145d-84af-42d7-8fae-eaca714b02b2"
    );
}

#[test]
fn byte_order_mark_is_skipped() {
    let csv = "\u{feff}id,name,description\r\n00000000-0000-4000-8000-000000000001,n,d\r\n";
    let data = import_csv(hsds3(), &one("taxonomies.csv", csv.as_bytes())).unwrap();
    assert_eq!(data.tables["taxonomy"][0].get("name"), Some("n"));
}

#[test]
fn ragged_rows_and_invalid_utf8_are_reported_per_row() {
    let mut csv = b"id,name,description\n00000000-0000-4000-8000-000000000001,n\n".to_vec();
    csv.extend_from_slice(b"00000000-0000-4000-8000-000000000002,n,d,extra\n");
    csv.extend_from_slice(b"00000000-0000-4000-8000-000000000003,\xff\xfe,d\n");
    let got: Vec<String> = errors(&one("taxonomies.csv", &csv))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        got,
        [
            "taxonomies.csv line 2: 2 cells, but the header has 3",
            "taxonomies.csv line 2, field description: is required",
            "taxonomies.csv line 3: 4 cells, but the header has 3",
            "taxonomies.csv line 4, field name: is not valid UTF-8 text",
            "taxonomies.csv line 4, field name: is required",
        ]
    );
}

#[test]
fn garbage_bytes_give_errors_not_panics() {
    for bytes in [
        &b"\x00\x01\x02\xff"[..],
        b"\"",
        b",,,\n,,",
        b"\xef\xbb\xbf",
        b"\n\n\n",
    ] {
        for path in ["services.csv", "nonsense.bin"] {
            let _ = import_csv(hsds3(), &one(path, bytes));
        }
    }
}

#[test]
fn size_limit() {
    let big = vec![b'a'; MAX_TOTAL_BYTES + 1];
    let errs = errors(&one("services.csv", &big));
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].file, "(package)");
    assert!(errs[0].to_string().contains("limit"), "{}", errs[0]);
}

#[test]
fn row_limit() {
    let mut csv = String::from("id,name,description\n");
    for i in 0..=MAX_TOTAL_ROWS {
        csv.push_str(&format!("00000000-0000-4000-8000-{i:012},n,d\n"));
    }
    let errs = errors(&one("taxonomies.csv", csv.as_bytes()));
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].line, MAX_TOTAL_ROWS as u64 + 2);
    assert!(errs[0].message.contains("rows"));
    // Exactly at the limit is fine.
    let at_limit: String = csv
        .lines()
        .take(MAX_TOTAL_ROWS + 1)
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(import_csv(hsds3(), &one("taxonomies.csv", at_limit.as_bytes())).is_ok());
}

#[test]
fn errors_are_capped() {
    let mut csv = String::from("id,name,description\n");
    for _ in 0..3000 {
        csv.push_str("bad,n,d\n");
    }
    let errs = errors(&one("taxonomies.csv", csv.as_bytes()));
    assert_eq!(errs.len(), hsds::MAX_ERRORS);
    assert!(errs.last().unwrap().message.contains("stopped after"));
    assert_eq!(errs[0].line, 2);
}

#[test]
fn a_package_may_refer_to_records_held_elsewhere() {
    let full = import_csv(hsds3(), &example_fixed()).unwrap();
    // The attributes alone point at a taxonomy term and a record that are not in them.
    let mut only = example_fixed();
    only.retain(|name, _| name == "attributes.csv");
    assert!(import_csv(hsds3(), &only).is_err());
    let data = hsds::import_csv_onto(hsds3(), &only, &full).unwrap();
    assert_eq!(data.tables["attribute"].len(), 1);
    // Existing records do not excuse a reference to nothing.
    let mut broken = only.clone();
    let text = String::from_utf8(broken["attributes.csv"].clone()).unwrap();
    let term = full.tables["taxonomy_term"][0].id().to_string();
    broken.insert(
        "attributes.csv".into(),
        text.replace(&term, "00000000-0000-4000-8000-000000000000")
            .into_bytes(),
    );
    let errs = hsds::import_csv_onto(hsds3(), &broken, &full).unwrap_err();
    assert_eq!(errs[0].field.as_deref(), Some("taxonomy_term_id"));
}
