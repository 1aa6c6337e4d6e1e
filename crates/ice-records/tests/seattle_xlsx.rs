#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The UWCHR Seattle workbook: the same records as the gzip CSV, plus analysis columns.

use std::sync::OnceLock;

use ice_records::{read, Layout, Method, Record, Report};

const XLSX: &[u8] = include_bytes!("fixtures/sea-i213s-2026-02-13-geocoded.xlsx");
const CSV_GZ: &[u8] = include_bytes!("fixtures/sea-i213s-2026-02-13.csv.gz");

fn read_all(bytes: &[u8]) -> (Report, Vec<Record>) {
    let mut records = Vec::new();
    let report = read(bytes, &mut |r| records.push(r)).unwrap();
    (report, records)
}

/// Read once and shared: a whole read of the workbook takes seconds in a debug build.
fn workbook() -> &'static (Report, Vec<Record>) {
    static READ: OnceLock<(Report, Vec<Record>)> = OnceLock::new();
    READ.get_or_init(|| read_all(XLSX))
}

#[test]
fn same_counts_as_the_csv() {
    let (report, records) = workbook();
    assert_eq!(report.layout, Layout::UwchrI213);
    assert_eq!(report.rows_read, 10_962);
    assert_eq!(report.imported, 10_962);
    assert_eq!(report.skipped, 0, "{:?}", report.problems);
    assert_eq!(report.withheld_cells, 189);
    let count = |m: Method| records.iter().filter(|r| r.method == m).count();
    assert_eq!(count(Method::AtLarge), 6424);
    assert_eq!(count(Method::Custodial), 1752);
    assert_eq!(count(Method::Other), 2786);
    let female = records
        .iter()
        .filter(|r| r.gender.as_deref() == Some("Female"));
    assert_eq!(female.count(), 2657);
}

// The workbook adds geocoding columns, among them `county` and `state`, which the layout
// maps to the record's county and state; the CSV has neither. Python count of non-empty
// cells: state 10,877 (WA 7,490, OR 2,894), county 10,867 (King County 4,725).
#[test]
fn added_columns_fill_state_and_county() {
    let (_, records) = workbook();
    let state = |s: &str| {
        records
            .iter()
            .filter(|r| r.state.as_deref() == Some(s))
            .count()
    };
    assert_eq!(records.iter().filter(|r| r.state.is_some()).count(), 10_877);
    assert_eq!(state("WA"), 7_490);
    assert_eq!(state("OR"), 2_894);
    assert_eq!(
        records.iter().filter(|r| r.county.is_some()).count(),
        10_867
    );
    let first = &records[0];
    // Dates are serial numbers with a yyyy-mm-dd style in the workbook.
    assert_eq!(first.apprehension_date.as_deref(), Some("2021-10-29"));
    assert_eq!(first.aor.as_deref(), Some("SEA"));
}

// Apart from state and county, every record is identical to the CSV's: dates (serials
// here, text there), numbers, redactions, embedded newlines (`&#10;` here) and the charge
// JSON all come out the same.
#[test]
fn records_match_the_csv_except_added_columns() {
    let (_, from_xlsx) = workbook();
    let (_, from_csv) = read_all(CSV_GZ);
    assert_eq!(from_xlsx.len(), from_csv.len());
    for (i, (x, c)) in from_xlsx.iter().zip(&from_csv).enumerate() {
        let mut x = x.clone();
        x.state = None;
        x.county = None;
        assert_eq!(&x, c, "record {i}");
    }
}
