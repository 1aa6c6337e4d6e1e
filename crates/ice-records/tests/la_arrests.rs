#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The real Big Local News LA arrests sample.

use ice_records::{read, Criminality, Layout, Method, Record};

const LA: &[u8] = include_bytes!("fixtures/la-arrests-sample.csv");

fn read_all() -> (ice_records::Report, Vec<Record>) {
    let mut records = Vec::new();
    let report = read(LA, &mut |r| records.push(r)).unwrap();
    (report, records)
}

#[test]
fn reads_every_row_with_the_bln_layout() {
    let (report, records) = read_all();
    assert_eq!(report.layout, Layout::BigLocalNewsLa);
    assert_eq!(report.rows_read, 1363);
    assert_eq!(report.imported, 1363);
    assert_eq!(report.skipped, 0);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(records.len(), 1363);
    assert_eq!(report.withheld_cells, 0);
    assert!(report.dropped_columns.is_empty());
}

// Counts obtained once, independently of this crate, with
// python3 -c "import csv,collections; print(collections.Counter(r['arrest_criminality']
//   for r in csv.DictReader(open('la-arrests-sample.csv'))))"
// -> 1 Convicted Criminal 731, 3 Other Immigration Violator 523, 2 Pending Criminal Charges 109.
#[test]
fn criminality_counts_match_an_independent_count() {
    let (_, records) = read_all();
    let count = |c: Criminality| records.iter().filter(|r| r.criminality == c).count();
    assert_eq!(count(Criminality::Convicted), 731);
    assert_eq!(count(Criminality::Pending), 109);
    assert_eq!(count(Criminality::OtherViolator), 523);
    assert_eq!(count(Criminality::Unknown), 0);
}

// Same Python check on `arrest_street_custodial`: At-large 902, Custodial 461.
// Office-area landmarks (containing GENERAL AREA, NON-SPECIFIC or DOCKET): 1008.
#[test]
fn method_and_office_area_counts() {
    let (_, records) = read_all();
    assert_eq!(
        records
            .iter()
            .filter(|r| r.method == Method::AtLarge)
            .count(),
        902
    );
    assert_eq!(
        records
            .iter()
            .filter(|r| r.method == Method::Custodial)
            .count(),
        461
    );
    assert_eq!(
        records.iter().filter(|r| r.site_is_office_area).count(),
        1008
    );
    assert_eq!(
        records.iter().filter(|r| r.departed_date.is_some()).count(),
        877
    );
}

#[test]
fn first_record_is_normalised() {
    let (_, records) = read_all();
    let first = &records[0];
    assert_eq!(first.apprehension_date.as_deref(), Some("2025-08-19"));
    assert_eq!(first.apprehension_time, None);
    assert_eq!(
        first.site.as_deref(),
        Some("SAA GENERAL AREA, NON-SPECIFIC")
    );
    assert!(first.site_is_office_area);
    assert_eq!(first.method, Method::AtLarge);
    assert_eq!(first.method_original.as_deref(), Some("At-large"));
    assert_eq!(first.criminality, Criminality::OtherViolator);
    assert_eq!(first.charge.as_deref(), Some("No criminal conviction"));
    assert_eq!(first.citizenship.as_deref(), Some("MEXICO"));
    assert_eq!(first.gender.as_deref(), Some("Male"));
    assert_eq!(first.birth_year, Some(1975));
    assert_eq!(first.departed_date.as_deref(), Some("2025-09-18"));
    assert_eq!(first.case_status.as_deref(), Some("Removed"));
    assert_eq!(first.anonymised_id.as_deref(), Some("00037a21ea"));
}

/// Streaming: the callback is handed records one at a time, in file order; the caller
/// decides what to keep (here only a counter and the last id).
#[test]
fn callback_sees_records_in_file_order_without_collecting() {
    let mut seen = 0u64;
    let mut last_id = String::new();
    let mut first_id = String::new();
    let report = read(LA, &mut |r| {
        seen += 1;
        let id = r.anonymised_id.unwrap_or_default();
        if seen == 1 {
            first_id = id.clone();
        }
        last_id = id;
    })
    .unwrap();
    assert_eq!(seen, report.imported);
    // First and last bln_person_id in the file (checked with Python).
    assert_eq!(first_id, "00037a21ea");
    assert_eq!(last_id, "153900a626");
}
