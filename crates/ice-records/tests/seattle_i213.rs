#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The real UWCHR Seattle I-213 file: gzip, pipe-delimited, embedded newlines, redactions.

use ice_records::{read, Layout, Method, Record, Report};

const SEA: &[u8] = include_bytes!("fixtures/sea-i213s-2026-02-13.csv.gz");

fn read_all() -> (Report, Vec<Record>) {
    let mut records = Vec::new();
    let report = read(SEA, &mut |r| records.push(r)).unwrap();
    (report, records)
}

#[test]
fn reads_every_row_with_the_uwchr_layout() {
    let (report, records) = read_all();
    assert_eq!(report.layout, Layout::UwchrI213);
    assert_eq!(report.rows_read, 10_962);
    assert_eq!(report.imported, 10_962);
    assert_eq!(report.skipped, 0, "{:?}", report.problems);
    assert_eq!(records.len(), 10_962);
}

// The data README says 292 redacted cells. An independent Python count of cells whose
// whole content is a (b)(N) marker gives 189: processing_disposition_descr 103,
// entry_admission_class_descr 73, app_ldmk_other_comment_text 10,
// health_status_comment_text 3 (the XLSX copy also has 189). Other "(b)(N)" text in the
// file is statute citations inside charge JSON, e.g. "8 USC 1326(b)(1)". See lib.rs docs.
#[test]
fn withheld_cells_are_counted_per_column() {
    let (report, records) = read_all();
    assert_eq!(report.withheld_cells, 189);
    let in_column = |name: &str| {
        records
            .iter()
            .flat_map(|r| &r.withheld)
            .filter(|(f, _)| f == name)
            .count()
    };
    assert_eq!(in_column("processing_disposition_descr"), 103);
    assert_eq!(in_column("entry_admission_class_descr"), 73);
    assert_eq!(in_column("app_ldmk_other_comment_text"), 10);
    assert_eq!(in_column("health_status_comment_text"), 3);
    let codes: std::collections::BTreeSet<&str> = records
        .iter()
        .flat_map(|r| &r.withheld)
        .map(|(_, c)| c.as_str())
        .collect();
    assert_eq!(
        codes.into_iter().collect::<Vec<_>>(),
        vec!["b3,b6,b7c", "b6,b7c"]
    );
    // A redacted disposition is withheld, never a value.
    for r in &records {
        if r.withheld
            .iter()
            .any(|(f, _)| f == "processing_disposition_descr")
        {
            assert_eq!(r.disposition, None);
        }
    }
}

// The file has 11,000 physical lines for 1 header + 10,962 rows: 19 cells hold embedded
// newlines (Python count). Reading them as row breaks would break rows into pieces with
// wrong field counts, which would show up as problems.
#[test]
fn embedded_newlines_do_not_split_rows() {
    use std::io::Read;
    let mut text = String::new();
    flate2::read::GzDecoder::new(SEA)
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(text.matches('\n').count(), 11_000);
    let (report, _) = read_all();
    assert_eq!(report.rows_read, 10_962);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
}

// Method counts from the Python tally of apprehension_method_descr, grouped as documented
// in `normalise::method_from`: Non-Custodial Arrest 6424 -> AtLarge; Custodial Arrest 330
// + CAP Federal 741 + CAP Local 358 + CAP State 301 + Criminal Alien Program 5 + 287(g) 4
// + Other Agency (turned over to INS) 13 = 1752 -> Custodial; the rest 2786 -> Other.
#[test]
fn method_grouping_counts() {
    let (_, records) = read_all();
    let count = |m: Method| records.iter().filter(|r| r.method == m).count();
    assert_eq!(count(Method::AtLarge), 6424);
    assert_eq!(count(Method::Custodial), 1752);
    assert_eq!(count(Method::Other), 2786);
}

#[test]
fn first_record_is_normalised() {
    let (_, records) = read_all();
    let first = &records[0];
    assert_eq!(first.apprehension_date.as_deref(), Some("2021-10-29"));
    assert_eq!(first.aor.as_deref(), Some("SEA"));
    assert_eq!(
        first.site.as_deref(),
        Some("NORTHWEST DETENTION CENTER DETAINED DOCKET")
    );
    assert!(first.site_is_office_area);
    assert_eq!(
        first.method_original.as_deref(),
        Some("ERO Reprocessed Arrest")
    );
    assert_eq!(first.gender.as_deref(), Some("Male"));
    assert_eq!(
        first.disposition.as_deref(),
        Some("Warrant of Arrest/Notice to Appear")
    );
    assert_eq!(first.citizenship.as_deref(), Some("NICARAGUA"));
    // Python: gender_code M 8265, F 2657, U 40.
    assert_eq!(
        records
            .iter()
            .filter(|r| r.gender.as_deref() == Some("Female"))
            .count(),
        2657
    );
}
