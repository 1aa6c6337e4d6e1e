#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{dup_row, example_fixed, rows, set_cell, write_rows};
use hsds::{hsds3, import_csv};

/// One deliberate problem per kind, each in a different place; the import
/// must fail as a whole and list exactly one error per problem.
#[test]
fn every_problem_reported_once_with_file_line_and_field() {
    let mut f = example_fixed();
    set_cell(&mut f, "services.csv", 0, "status", "open");
    set_cell(&mut f, "services.csv", 0, "last_modified", "yesterday");
    set_cell(
        &mut f,
        "organizations.csv",
        0,
        "parent_organization_id",
        "not-a-uuid",
    );
    set_cell(&mut f, "addresses.csv", 0, "city", "");
    set_cell(&mut f, "locations.csv", 0, "latitude", "north");
    set_cell(&mut f, "cost_options.csv", 0, "valid_from", "2020-02-30");
    set_cell(&mut f, "schedules.csv", 0, "opens_at", "10am");
    set_cell(
        &mut f,
        "contacts.csv",
        0,
        "email",
        "reception at example.com",
    );
    let dangling = "11111111-2222-4333-8444-555555555555";
    set_cell(
        &mut f,
        "service_at_location.csv",
        0,
        "location_id",
        dangling,
    );
    let dup = dup_row(&mut f, "taxonomies.csv", 0);
    assert_eq!(dup, 1);
    // An extra column nobody defined.
    let mut t = rows(&f["funding.csv"]);
    t[0].push("colour".into());
    t[1].push("blue".into());
    f.insert("funding.csv".into(), write_rows(&t));
    // A required column left out entirely: one error at the header, not one
    // per row.
    let mut t = rows(&f["programs.csv"]);
    let name = t[0].iter().position(|c| c == "name").unwrap();
    for r in &mut t {
        r.remove(name);
    }
    f.insert("programs.csv".into(), write_rows(&t));

    let errs = import_csv(hsds3(), &f).unwrap_err();
    let got: Vec<(&str, u64, Option<&str>)> = errs
        .iter()
        .map(|e| (e.file.as_str(), e.line, e.field.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("organizations.csv", 2, Some("parent_organization_id")),
            ("programs.csv", 1, Some("name")),
            ("services.csv", 2, Some("status")),
            ("services.csv", 2, Some("last_modified")),
            ("service_at_location.csv", 2, Some("location_id")),
            ("locations.csv", 2, Some("latitude")),
            ("contacts.csv", 2, Some("email")),
            ("addresses.csv", 2, Some("city")),
            ("schedules.csv", 2, Some("opens_at")),
            ("funding.csv", 1, Some("colour")),
            ("cost_options.csv", 2, Some("valid_from")),
            ("taxonomies.csv", 3, Some("id")),
        ],
        "{errs:#?}"
    );
    let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_eq!(
        text[2],
        "services.csv line 2, field status: must be one of active, inactive, defunct, temporarily closed"
    );
    assert_eq!(
        text[1],
        "programs.csv line 1, field name: required column is missing"
    );
    assert_eq!(
        text[4],
        format!(
            "service_at_location.csv line 2, field location_id: no location with id {dangling}"
        )
    );
    assert_eq!(text[7], "addresses.csv line 2, field city: is required");
    assert_eq!(text[9], "funding.csv line 1, field colour: unknown column");
    assert!(text[10].ends_with("must be a date as YYYY-MM-DD"));
    assert!(
        text[11].contains("duplicate value 5c4d79d7-cc55-470e-9f1f-8cad074e4892 (first on line 2)")
    );
}

#[test]
fn descriptor_unique_constraints_beyond_ids_are_enforced() {
    // taxonomy_term.code and program.organization_id are `unique` in HSDS 3.0.
    let mut f = example_fixed();
    let row = dup_row(&mut f, "taxonomy_terms.csv", 0);
    set_cell(
        &mut f,
        "taxonomy_terms.csv",
        row,
        "id",
        "aaaaaaaa-0000-4000-8000-000000000000",
    );
    let row = dup_row(&mut f, "programs.csv", 0);
    set_cell(
        &mut f,
        "programs.csv",
        row,
        "id",
        "bbbbbbbb-0000-4000-8000-000000000000",
    );
    let errs = import_csv(hsds3(), &f).unwrap_err();
    let got: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            "programs.csv line 3, field organization_id: duplicate value d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610 (first on line 2)",
            "taxonomy_terms.csv line 3, field code: duplicate value code (first on line 2)",
        ]
    );
}

#[test]
fn blank_required_value_counts_as_missing() {
    let mut f = example_fixed();
    set_cell(&mut f, "taxonomies.csv", 0, "name", "   ");
    let errs = import_csv(hsds3(), &f).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(
        errs[0].to_string(),
        "taxonomies.csv line 2, field name: is required"
    );
}
