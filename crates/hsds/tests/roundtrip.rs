#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{example_fixed, rows};
use hsds::{descriptor_json, export_csv, hsds3, import_csv, parse_package, Dataset};
use std::collections::BTreeMap;

/// What holds: importing an export gives an equal `Dataset`; every exported
/// file parses to the same cells as its source (by column name); and since
/// the upstream files already use descriptor column order, CRLF and minimal
/// quoting, the export of the example is byte-identical to it.
#[test]
fn example_round_trips_byte_for_byte() {
    let original = example_fixed();
    let data = import_csv(hsds3(), &original).unwrap();
    let out = export_csv(hsds3(), &data);
    assert_eq!(out.len(), 22);
    assert_eq!(import_csv(hsds3(), &out).unwrap(), data);
    for (path, bytes) in &original {
        assert_eq!(rows(&out[path]), rows(bytes), "{path}");
        assert_eq!(
            String::from_utf8_lossy(&out[path]),
            String::from_utf8_lossy(bytes),
            "{path}"
        );
    }
    let spec = include_str!("../spec/datapackage.json");
    assert_eq!(out["datapackage.json"], spec.as_bytes());
}

/// Column order, line endings and optional columns may differ in the input;
/// the export normalises them, and cells by column name stay the same.
#[test]
fn reordered_lf_input_keeps_cells_by_name() {
    let csv = "description,name,id\n\
        \"Line one\nline \"\"two\"\", with comma\",  spaced  ,00000000-0000-4000-8000-000000000001\n";
    let files = BTreeMap::from([("taxonomies.csv".to_owned(), csv.as_bytes().to_vec())]);
    let data = import_csv(hsds3(), &files).unwrap();
    let out = export_csv(hsds3(), &data);
    let exported = String::from_utf8(out["taxonomies.csv"].clone()).unwrap();
    assert_eq!(
        exported,
        "id,name,description,uri,version\r\n\
         00000000-0000-4000-8000-000000000001,  spaced  ,\"Line one\nline \"\"two\"\", with comma\",,\r\n"
    );
    assert_eq!(import_csv(hsds3(), &out).unwrap(), data);
    let rec = &data.tables["taxonomy"][0];
    assert_eq!(
        rec.get("description"),
        Some("Line one\nline \"two\", with comma")
    );
    assert_eq!(rec.get("name"), Some("  spaced  "));
}

#[test]
fn empty_dataset_exports_header_only_files() {
    let out = export_csv(hsds3(), &Dataset::default());
    assert_eq!(out.len(), 22);
    assert_eq!(
        out["funding.csv"],
        b"id,organization_id,service_id,source\r\n"
    );
    let back = import_csv(hsds3(), &out).unwrap();
    assert_eq!(back.tables.len(), 21);
    assert!(back.tables.values().all(Vec::is_empty));
}

#[test]
fn other_packages_get_a_rebuilt_descriptor_that_parses_back() {
    let json = r#"{"name": "tiny", "version": "1", "resources": [
        {"name": "a", "path": "a.csv", "schema": {"primaryKey": ["id"],
          "fields": [{"name": "id", "type": "integer", "constraints": {"required": true}},
                     {"name": "ok", "type": "boolean"},
                     {"name": "level", "constraints": {"enum": [1, "two"]}},
                     {"name": "parent", "type": "integer"}],
          "foreignKeys": [{"fields": ["parent"], "reference": {"resource": "", "fields": ["id"]}}]}}]}"#;
    let pkg = parse_package(json).unwrap();
    assert_eq!(pkg.resources[0].foreign_keys[0].resource, "a");
    assert_eq!(
        pkg.resources[0].fields[2].allowed,
        Some(vec!["1".into(), "two".into()])
    );
    let rebuilt = descriptor_json(&pkg);
    assert_eq!(parse_package(&rebuilt).unwrap(), pkg);
    let files = BTreeMap::from([(
        "a.csv".to_owned(),
        b"id,ok,level,parent\n1,true,1,\n2,0,two,1\n".to_vec(),
    )]);
    let data = import_csv(&pkg, &files).unwrap();
    let out = export_csv(&pkg, &data);
    assert_eq!(out["datapackage.json"], rebuilt.as_bytes());
    assert_eq!(import_csv(&pkg, &out).unwrap(), data);
    let bad = BTreeMap::from([(
        "a.csv".to_owned(),
        b"id,ok,level,parent\n1.5,yes,3,9\n".to_vec(),
    )]);
    let got: Vec<String> = import_csv(&pkg, &bad)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        got,
        [
            "a.csv line 2, field id: must be a whole number",
            "a.csv line 2, field ok: must be true or false",
            "a.csv line 2, field level: must be one of 1, two",
            "a.csv line 2, field parent: no a with id 9",
        ]
    );
}
