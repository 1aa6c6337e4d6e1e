#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The synthetic DDP-current workbook (fixtures/make_ddp_multisheet_xlsx.py): data over
//! three sheets, each with 6 preamble rows and a repeated header, plus an empty sheet.

use ice_records::{
    inspect, read, read_with, Criminality, Field, Layout, Mapping, Method, Problem, Record, Report,
};

const DDP: &[u8] = include_bytes!("fixtures/ddp-multisheet.xlsx");

fn read_all() -> (Report, Vec<Record>) {
    let mut records = Vec::new();
    let report = read(DDP, &mut |r| records.push(r)).unwrap();
    (report, records)
}

fn by_id<'a>(records: &'a [Record], id: &str) -> &'a Record {
    records
        .iter()
        .find(|r| r.anonymised_id.as_deref() == Some(id))
        .unwrap()
}

#[test]
fn rows_from_every_sheet_with_one_bad_row() {
    let (report, records) = read_all();
    assert_eq!(report.layout, Layout::DdpCurrent);
    assert_eq!(report.rows_read, 10);
    assert_eq!(report.imported, 9);
    assert_eq!(report.skipped, 1);
    assert_eq!(
        report.problems,
        vec![Problem {
            line: 9,
            sheet: Some("Arrests 2".to_string()),
            message: "apprehension date: bad date \"2025-02-30\"".to_string(),
        }]
    );
    let ids: Vec<Option<&str>> = records.iter().map(|r| r.anonymised_id.as_deref()).collect();
    assert_eq!(
        ids,
        [
            Some("syn-0001"),
            Some("syn-0002"),
            Some("syn-0003"),
            None, // the row whose trailing cells are absent
            Some("syn-0005"),
            Some("syn-0007"),
            Some("syn-0008"),
            Some("syn-0009"),
            Some("syn-0010"),
        ]
    );
    let count = |c: Criminality| records.iter().filter(|r| r.criminality == c).count();
    assert_eq!(count(Criminality::Convicted), 3);
    assert_eq!(count(Criminality::Pending), 2);
    assert_eq!(count(Criminality::OtherViolator), 4);
}

#[test]
fn redactions_and_identifiers() {
    let (report, records) = read_all();
    assert_eq!(report.withheld_cells, 2);
    assert_eq!(report.dropped_columns, vec!["Birth Date".to_string()]);
    let withheld = |id: &str| by_id(&records, id).withheld.clone();
    let marker = |column: &str| vec![(column.to_string(), "b6,b7c".to_string())];
    assert_eq!(withheld("syn-0002"), marker("Apprehension Site Landmark"));
    assert_eq!(withheld("syn-0007"), marker("Birth Date"));
    assert_eq!(by_id(&records, "syn-0002").site, None);
}

#[test]
fn cell_values_are_read_like_csv_text() {
    let (_, records) = read_all();
    let first = by_id(&records, "syn-0001");
    assert_eq!(first.apprehension_date.as_deref(), Some("2025-06-01"));
    assert_eq!(first.apprehension_time, None);
    assert_eq!(first.birth_year, Some(1990));
    assert_eq!(
        first.aor.as_deref(),
        Some("Los Angeles Area of Responsibility")
    );
    assert_eq!(first.program.as_deref(), Some("ERO Criminal Alien Program"));
    assert_eq!(first.method, Method::Custodial);
    // Custom date-time style.
    let timed = by_id(&records, "syn-0002");
    assert_eq!(timed.apprehension_date.as_deref(), Some("2025-06-02"));
    assert_eq!(timed.apprehension_time.as_deref(), Some("14:30:00"));
    assert_eq!(timed.county, None, "missing cell");
    assert_eq!(
        timed.citizenship.as_deref(),
        Some("CHINA, PEOPLES REPUBLIC OF")
    );
    // Entities.
    let third = by_id(&records, "syn-0003");
    assert_eq!(third.county.as_deref(), Some("Do\u{f1}a Ana County"));
    assert_eq!(
        third.site.as_deref(),
        Some("PARKING LOT, HOME DEPOT & GAS STATION")
    );
    assert_eq!(third.departed_date.as_deref(), Some("2025-07-01"));
    assert_eq!(
        by_id(&records, "syn-0010").citizenship.as_deref(),
        Some("C\u{d4}TE D'IVOIRE")
    );
    // Rich text without its phonetic guide; trailing cells absent.
    let rich = &records[3];
    assert_eq!(rich.citizenship.as_deref(), Some("GUATEMALA"));
    assert_eq!(rich.gender, None);
    // Inline strings (sheet 2) and a row without cell references (sheet 3).
    let inline = by_id(&records, "syn-0005");
    assert_eq!(inline.county.as_deref(), Some("Kern County"));
    assert_eq!(inline.apprehension_date.as_deref(), Some("2025-08-01"));
    let no_refs = by_id(&records, "syn-0009");
    assert_eq!(no_refs.apprehension_date.as_deref(), Some("2025-09-02"));
    assert_eq!(no_refs.county.as_deref(), Some("San Bernardino County"));
    assert_eq!(no_refs.gender.as_deref(), Some("Male"));
    assert_eq!(no_refs.method, Method::Custodial);
}

#[test]
fn inspect_finds_the_header_after_the_preamble() {
    let shape = inspect(DDP).unwrap();
    assert_eq!(shape.layout, Layout::DdpCurrent);
    assert_eq!(shape.headers.len(), 25);
    assert_eq!(shape.headers[0], "Apprehension Date");
    assert_eq!(shape.headers[24], "Anonymized Identifier");
    assert_eq!(shape.sample_rows.len(), 5);
    assert!(shape.sample_rows.iter().all(|r| r.len() == 25));
    assert_eq!(shape.sample_rows[0][0], "2025-06-01");
    // Birth Date is an identifier column: blanked in the preview.
    assert_eq!(shape.sample_rows[0][13], "");
    assert_eq!(shape.sample_rows[0][14], "1990");
    // The fifth sample row comes from sheet "Arrests 2", past its preamble and header.
    assert_eq!(shape.sample_rows[4][24], "syn-0005");
}

#[test]
fn a_mapping_reads_only_the_mapped_columns() {
    let mapping = Mapping {
        columns: vec![
            (Field::ApprehensionDate, "Apprehension Date".to_string()),
            (Field::Citizenship, "Citizenship Country".to_string()),
        ],
    };
    let mut records = Vec::new();
    let report = read_with(DDP, Some(&mapping), &mut |r| records.push(r)).unwrap();
    assert_eq!(report.layout, Layout::Mapped);
    assert_eq!((report.imported, report.skipped), (9, 1));
    assert_eq!(report.withheld_cells, 2);
    assert_eq!(records[0].citizenship.as_deref(), Some("MEXICO"));
    assert_eq!(records[0].anonymised_id, None, "not mapped");
    assert_eq!(records[0].criminality, Criminality::Unknown);
}
