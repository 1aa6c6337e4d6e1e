#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Hand-made files: bad rows are skipped and reported with the line they start on.

use ice_records::{read, Layout, Problem, Record};

fn read_text(text: &str) -> (ice_records::Report, Vec<Record>) {
    let mut records = Vec::new();
    let report = read(text.as_bytes(), &mut |r| records.push(r)).unwrap();
    (report, records)
}

#[test]
fn wrong_field_count_and_bad_date_are_reported_and_skipped() {
    // Line 3 starts a row whose quoted landmark spans two physical lines, so the
    // short row starts on line 5 and the bad date on line 6.
    let text = "\
arrest_date,apprehension_site_landmark,arrest_criminality,bln_person_id
2025-01-02,SITE A,1 Convicted Criminal,a1
2025-01-03,\"SITE B
SECOND LINE\",2 Pending Criminal Charges,a2
2025-01-04,SITE C
2025-02-30,SITE D,3 Other Immigration Violator,a4
2025-01-05,SITE E,3 Other Immigration Violator,a5
";
    let (report, records) = read_text(text);
    assert_eq!(report.layout, Layout::BigLocalNewsLa);
    assert_eq!(report.rows_read, 5);
    assert_eq!(report.imported, 3);
    assert_eq!(report.skipped, 2);
    assert_eq!(
        report.problems,
        vec![
            Problem {
                line: 5,
                sheet: None,
                message: "expected 4 fields, found 2".to_string()
            },
            Problem {
                line: 6,
                sheet: None,
                message: "apprehension date: bad date \"2025-02-30\"".to_string()
            },
        ]
    );
    let ids: Vec<_> = records
        .iter()
        .map(|r| r.anonymised_id.clone().unwrap())
        .collect();
    assert_eq!(ids, ["a1", "a2", "a5"]);
    assert_eq!(records[1].site.as_deref(), Some("SITE B\nSECOND LINE"));
}

#[test]
fn pipe_file_with_preamble_truncated_headers_and_redacted_identifiers() {
    // An older-release shape: preamble rows, pipe delimiter, leading-space
    // " Area of Responsibility", truncated "Apprehension Crimin", redacted A-number.
    let text = "\
ICE ERO Arrests
Data as of 2020-01-01, FOIA release
|
|
|
Apprehension Date| Area of Responsibility|Apprehension Crimin|Apprehension Method|Alien File Number|EID Subject ID|Citizenship Country
2019-05-06 14:30:00|Los Angeles Area of Responsibility|1 Convicted Criminal|CAP Local Incarceration|(b)(6), (b)(7)(c)|12345|CHINA, PEOPLES REPUBLIC OF
06/07/2019|Los Angeles Area of Responsibility|b(6), b(7)c|Non-Custodial Arrest|b(6), b(7)C||MEXICO
13/07/2019|Los Angeles Area of Responsibility|3 Other Immigration Violator|Located|||MEXICO
";
    let (report, records) = read_text(text);
    assert_eq!(report.layout, Layout::DdpJuly2025);
    assert_eq!(report.imported, 2);
    assert_eq!(
        report.problems,
        vec![Problem {
            line: 9,
            sheet: None,
            message: "apprehension date: bad date \"13/07/2019\"".to_string()
        }]
    );
    assert_eq!(report.dropped_columns, vec!["EID Subject ID".to_string()]);
    assert_eq!(report.withheld_cells, 3);
    let first = &records[0];
    assert_eq!(first.apprehension_date.as_deref(), Some("2019-05-06"));
    assert_eq!(first.apprehension_time.as_deref(), Some("14:30:00"));
    assert_eq!(
        first.aor.as_deref(),
        Some("Los Angeles Area of Responsibility")
    );
    assert_eq!(first.criminality, ice_records::Criminality::Convicted);
    assert_eq!(first.method, ice_records::Method::Custodial);
    assert_eq!(
        first.citizenship.as_deref(),
        Some("CHINA, PEOPLES REPUBLIC OF")
    );
    assert_eq!(
        first.withheld,
        vec![("Alien File Number".to_string(), "b6,b7c".to_string())]
    );
    let second = &records[1];
    assert_eq!(second.apprehension_date.as_deref(), Some("2019-06-07"));
    assert_eq!(second.criminality, ice_records::Criminality::Unknown);
    assert_eq!(second.method, ice_records::Method::AtLarge);
    assert_eq!(second.withheld.len(), 2);
}

#[test]
fn unrecognised_header_is_an_error() {
    let result = read(b"a,b,c\n1,2,3\n", &mut |_| {});
    assert!(result.is_err());
}

#[test]
fn problems_are_capped_but_skips_keep_counting() {
    let mut text = String::from("arrest_date,arrest_criminality\n");
    for _ in 0..1200 {
        text.push_str("not a date,1 Convicted Criminal\n");
    }
    let (report, _) = read_text(&text);
    assert_eq!(report.skipped, 1200);
    assert_eq!(report.problems.len(), ice_records::MAX_PROBLEMS);
}
