#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Hand-checked deadlines. Every expected date was counted by hand on a
//! printed calendar; the comment on each row is that count. "4 weeks"
//! means: with no holiday, 20 working days after a weekday receipt is the
//! same weekday 28 days later; each holiday in between pushes it one more
//! working day.

use chrono::NaiveDate;
use workdays::{compute, overdue, Inputs};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (received, extension, tolled ranges, expected due, why).
/// The expected date is `extended_due` when `extension`, else `response_due`.
type Row = (
    &'static str,
    bool,
    &'static [(&'static str, &'static str)],
    &'static str,
    &'static str,
);

const RESPONSE_ROWS: &[Row] = &[
    // Jun 15..Jul 14: holidays Fri Jun 18 (Juneteenth, Sat 19th observed) and Mon Jul 5 (Sun 4th observed); 4 weeks Mon Jul 12 +2.
    (
        "2021-06-14",
        false,
        &[],
        "2021-07-14",
        "Juneteenth 2021 on Friday, July 4 2021 on Monday",
    ),
    // 4 weeks = Fri Jan 7; +Fri Dec 24 (Christmas, Sat) +Fri Dec 31 (New Year 2022, Sat) → Mon 10, Tue 11.
    (
        "2021-12-10",
        false,
        &[],
        "2022-01-11",
        "Christmas and New Year's observed Friday",
    ),
    // Received on observed Christmas: Dec 27-30 (1-4), Dec 31 hol, Jan 3-14 (5-14), Jan 17 MLK, Jan 18-25 (15-20).
    (
        "2021-12-24",
        false,
        &[],
        "2022-01-25",
        "received on a holiday (observed Christmas)",
    ),
    // Saturday; Mon Jun 20 is Juneteenth observed; Jun 21-Jul 1 (1-9), Jul 4 hol, Jul 5-19 (10-20).
    (
        "2022-06-18",
        false,
        &[],
        "2022-07-19",
        "received Saturday, next Monday a holiday",
    ),
    // 4 weeks Mon Dec 19; +Thanksgiving Nov 24 → Tue Dec 20.
    ("2022-11-21", false, &[], "2022-12-20", "Thanksgiving"),
    // Same with extension: Dec 21-23 (21-23), Dec 26 hol, Dec 27-30 (24-27), Jan 2 hol, Jan 3-5 (28-30).
    (
        "2022-11-21",
        true,
        &[],
        "2023-01-05",
        "extension across Christmas and New Year's on Monday",
    ),
    // 4 weeks Fri Jan 6; +Mon Dec 26 (Christmas, Sun) +Mon Jan 2 (New Year, Sun) → Tue Jan 10.
    (
        "2022-12-09",
        false,
        &[],
        "2023-01-10",
        "Christmas 2022 and New Year 2023 observed Monday",
    ),
    // Sunday Jan 1, Mon Jan 2 observed; Jan 3-13 (1-9), Jan 16 MLK, Jan 17-31 (10-20).
    (
        "2023-01-01",
        false,
        &[],
        "2023-01-31",
        "received on a Sunday holiday",
    ),
    // 4 weeks Mon Jul 10; tolled Fri Jun 16-Tue Jun 20 (Jun 19 holiday inside): Jun 13-15 (1-3), Jun 21-Jul 3 (4-12), Jul 4 hol, Jul 5-14 (13-20).
    (
        "2023-06-12",
        false,
        &[("2023-06-16", "2023-06-20")],
        "2023-07-14",
        "tolling across Juneteenth",
    ),
    // 4 weeks Mon Nov 27; +Fri Nov 10 (Veterans Day, Sat) +Thu Nov 23 → Wed Nov 29.
    (
        "2023-10-30",
        false,
        &[],
        "2023-11-29",
        "Veterans Day 2023 observed Friday",
    ),
    // Received on observed Veterans Day (Fri): 4 weeks Fri Dec 8; +Thanksgiving → Mon Dec 11.
    (
        "2023-11-10",
        false,
        &[],
        "2023-12-11",
        "received on a Friday-observed holiday",
    ),
    // Wednesday before Thanksgiving: 4 weeks Wed Dec 20; +Nov 23 → Thu Dec 21.
    (
        "2023-11-22",
        false,
        &[],
        "2023-12-21",
        "received the day before Thanksgiving",
    ),
    // 4 weeks Tue Jan 30; +MLK Jan 15 → Wed Jan 31.
    ("2024-01-02", false, &[], "2024-01-31", "MLK Day 2024"),
    // 4 weeks Mon Oct 28; +Columbus Day Oct 14 → Tue Oct 29.
    ("2024-09-30", false, &[], "2024-10-29", "Columbus Day 2024"),
    // 30 days: Nov 19-27 (1-7), Nov 28 hol, Nov 29-Dec 24 (8-25), Dec 25 hol, Dec 26-31 (26-29), Jan 1 hol, Jan 2 (30).
    (
        "2024-11-18",
        true,
        &[],
        "2025-01-02",
        "extension across Thanksgiving, Christmas, New Year's",
    ),
    // No March holiday: 4 weeks Mon Mar 31.
    (
        "2025-03-03",
        false,
        &[],
        "2025-03-31",
        "plain 20 working days",
    ),
    // Tolled over a weekend only: no working day lost.
    (
        "2025-03-03",
        false,
        &[("2025-03-08", "2025-03-09")],
        "2025-03-31",
        "tolling over a weekend changes nothing",
    ),
    // Tolled from the day of receipt to Fri Mar 7: day 1 is Mon Mar 10, day 20 Fri Apr 4.
    (
        "2025-03-03",
        false,
        &[("2025-03-03", "2025-03-07")],
        "2025-04-04",
        "tolled from receipt",
    ),
    // Received on Memorial Day (Mon): 4 weeks Mon Jun 23; +Juneteenth Thu Jun 19 → Tue Jun 24.
    (
        "2025-05-26",
        false,
        &[],
        "2025-06-24",
        "received on Memorial Day",
    ),
    // 4 weeks Mon Jun 30; +Juneteenth → Tue Jul 1. Tolling in August is after the deadline.
    (
        "2025-06-02",
        false,
        &[("2025-08-01", "2025-08-05")],
        "2025-07-01",
        "tolling after the deadline changes nothing",
    ),
    // Jun 3-12 (1-8), tolled Fri Jun 13-Mon Jun 23 (Juneteenth inside), Jun 24-Jul 3 (9-16), Jul 4 hol, Jul 7-10 (17-20).
    (
        "2025-06-02",
        false,
        &[("2025-06-13", "2025-06-23")],
        "2025-07-10",
        "fix required across Juneteenth",
    ),
    // Same plus extension: Jul 11-24 (21-30).
    (
        "2025-06-02",
        true,
        &[("2025-06-13", "2025-06-23")],
        "2025-07-24",
        "tolling plus extension",
    ),
    // Two ranges: Jun 3-4 tolled, Jun 5-13 (1-7), Jun 16-20 tolled, Jun 23-Jul 3 (8-16), Jul 4 hol, Jul 7-10 (17-20).
    (
        "2025-06-02",
        false,
        &[("2025-06-03", "2025-06-04"), ("2025-06-16", "2025-06-20")],
        "2025-07-10",
        "two tolled ranges",
    ),
    // 4 weeks Mon Jul 14; +Thu Jun 19 +Fri Jul 4 → Wed Jul 16.
    (
        "2025-06-16",
        false,
        &[],
        "2025-07-16",
        "Juneteenth and July 4 2025",
    ),
    // Extension: Jul 17-30 (21-30), no holiday.
    (
        "2025-06-16",
        true,
        &[],
        "2025-07-30",
        "extension, 10 more working days",
    ),
    // Dec 2-16 (1-11), tolled Wed Dec 17-Thu Dec 25 (ends on Christmas), Dec 26-31 (12-15), Jan 1 hol, Jan 2-8 (16-20).
    (
        "2025-12-01",
        false,
        &[("2025-12-17", "2025-12-25")],
        "2026-01-08",
        "tolling ends on a holiday",
    ),
    // 4 weeks Mon Jul 13; +Fri Jun 19 +Fri Jul 3 (July 4, Sat) → Wed Jul 15.
    (
        "2026-06-15",
        false,
        &[],
        "2026-07-15",
        "July 4 2026 observed Friday Jul 3",
    ),
    // Received on observed Independence Day (Fri): Jul 6 is day 1, Fri Jul 31 day 20.
    (
        "2026-07-03",
        false,
        &[],
        "2026-07-31",
        "received on a Friday-observed holiday",
    ),
    // Received on Sat Jul 4 itself: day 1 Mon Jul 6, day 20 Fri Jul 31.
    (
        "2026-07-04",
        false,
        &[],
        "2026-07-31",
        "received on a Saturday holiday",
    ),
    // Sunday Jul 4 2021; Mon Jul 5 observed; Tue Jul 6 day 1 → Mon Aug 2 day 20.
    (
        "2021-07-04",
        false,
        &[],
        "2021-08-02",
        "received on a Sunday holiday",
    ),
    // Received on Veterans Day (Thu): 4 weeks Thu Dec 9; +Thanksgiving Nov 25 → Fri Dec 10.
    (
        "2021-11-11",
        false,
        &[],
        "2021-12-10",
        "received on Veterans Day",
    ),
    // 4 weeks Mon Feb 28; +Washington's Birthday Feb 21 → Tue Mar 1.
    (
        "2022-01-31",
        false,
        &[],
        "2022-03-01",
        "Washington's Birthday 2022",
    ),
    // 4 weeks Mon Jul 12; +Fri Jun 18 (Juneteenth, Sat) +Mon Jul 5 (July 4, Sun) → Wed Jul 14.
    (
        "2027-06-14",
        false,
        &[],
        "2027-07-14",
        "Juneteenth and July 4 2027 on weekends",
    ),
    // 4 weeks Mon Sep 20; +Labor Day Sep 6 → Tue Sep 21.
    ("2027-08-23", false, &[], "2027-09-21", "Labor Day 2027"),
    // 4 weeks Fri Jan 7 2028; +Fri Dec 24 +Fri Dec 31 (New Year 2028, Sat) → Tue Jan 11.
    (
        "2027-12-10",
        false,
        &[],
        "2028-01-11",
        "New Year's Day 2028 observed in 2027",
    ),
    // Sat Dec 25: Dec 27-30 (1-4), Dec 31 hol, Jan 3-14 (5-14), Jan 17 MLK, Jan 18-25 (15-20).
    (
        "2027-12-25",
        false,
        &[],
        "2028-01-25",
        "received on Christmas Day, a Saturday",
    ),
];

#[test]
fn response_deadlines_match_hand_counts() {
    assert!(RESPONSE_ROWS.len() >= 30);
    for (received, extension, tolled, expected, why) in RESPONSE_ROWS {
        let inputs = Inputs {
            received: d(received),
            extension: *extension,
            tolled: tolled.iter().map(|(a, b)| (d(a), d(b))).collect(),
            ..Inputs::default()
        };
        let out = compute(&inputs).unwrap();
        let got = if *extension {
            out.extended_due.unwrap().date
        } else {
            assert!(out.extended_due.is_none(), "{why}");
            out.response_due.date
        };
        assert_eq!(got, d(expected), "received {received}: {why}");
    }
}

/// (adverse determination, appeal due, why): 90 working days = 18 weeks
/// (126 calendar days) after a weekday, plus one working day per holiday.
const APPEAL_ROWS: &[(&str, &str, &str)] = &[
    // 18 weeks Mon May 12; +MLK Jan 20 +Washington Feb 17 → Wed May 14.
    ("2025-01-06", "2025-05-14", "two holidays"),
    // 18 weeks Fri Feb 4 2022; +Oct 11, Nov 11, Nov 25, Dec 24, Dec 31, Jan 17 → Mon Feb 14.
    (
        "2021-10-01",
        "2022-02-14",
        "six holidays incl. two observed Fridays",
    ),
    // 18 weeks Mon Oct 5; +Jun 19, Jul 3, Sep 7 → Thu Oct 8 (Columbus Oct 12 is later).
    ("2026-06-01", "2026-10-08", "July 4 2026 observed Friday"),
    // 18 weeks Wed Mar 27 2024 (leap Feb); +Nov 23, Dec 25, Jan 1, Jan 15, Feb 19 → Wed Apr 3.
    (
        "2023-11-22",
        "2024-04-03",
        "five holidays over a leap February",
    ),
    // Saturday: day 90 with no holiday is Fri Oct 1; +May 31, Jun 18, Jul 5, Sep 6 → Thu Oct 7.
    (
        "2027-05-29",
        "2027-10-07",
        "adverse letter dated Saturday before Memorial Day",
    ),
];

#[test]
fn appeal_filing_deadlines_are_90_working_days() {
    for (adverse, expected, why) in APPEAL_ROWS {
        let inputs = Inputs {
            received: d("2021-01-04"),
            adverse: Some(d(adverse)),
            ..Inputs::default()
        };
        let got = compute(&inputs).unwrap().appeal_due.unwrap();
        assert_eq!(got.date, d(expected), "adverse {adverse}: {why}");
        assert!(got.rule.contains("6 CFR 5.8"), "{}", got.rule);
    }
}

#[test]
fn appeal_decision_is_20_working_days_after_appeal_receipt() {
    // Mon Nov 17 2025: 4 weeks Mon Dec 15; +Thanksgiving Nov 27 → Tue Dec 16.
    let inputs = Inputs {
        received: d("2025-06-02"),
        adverse: Some(d("2025-09-02")),
        appeal_received: Some(d("2025-11-17")),
        ..Inputs::default()
    };
    let got = compute(&inputs).unwrap().appeal_decision_due.unwrap();
    assert_eq!(got.date, d("2025-12-16"));
}

#[test]
fn expedite_decision_is_10_calendar_days_moved_to_a_working_day() {
    let rows = [
        ("2025-07-14", "2025-07-24"), // Thu, a working day
        ("2025-06-27", "2025-07-07"), // Mon, a working day
        ("2026-06-23", "2026-07-06"), // Fri Jul 3 is observed July 4 → Mon
        ("2025-11-05", "2025-11-17"), // Sat Nov 15 → Mon
    ];
    for (received, expected) in rows {
        let inputs = Inputs {
            received: d(received),
            ..Inputs::default()
        };
        let got = compute(&inputs).unwrap().expedite_decision_due;
        assert_eq!(got.date, d(expected), "received {received}");
    }
}

#[test]
fn rule_names_the_statute_and_the_holidays_skipped() {
    // Mon Jun 16 2025: Juneteenth and July 4 fall inside the 20 days (see table).
    let out = compute(&Inputs {
        received: d("2025-06-16"),
        ..Inputs::default()
    })
    .unwrap();
    assert_eq!(
        out.response_due.rule,
        "20 working days after receipt on 2025-06-16; holidays skipped: \
         Juneteenth National Independence Day (observed 2025-06-19), \
         Independence Day (observed 2025-07-04) (5 U.S.C. 552(a)(6)(A)(i))"
    );
}

#[test]
fn bad_tolling_ranges_are_rejected() {
    let base = Inputs {
        received: d("2025-06-02"),
        ..Inputs::default()
    };
    let backwards = Inputs {
        tolled: vec![(d("2025-06-10"), d("2025-06-09"))],
        ..base.clone()
    };
    assert!(compute(&backwards)
        .unwrap_err()
        .contains("before it starts"));
    let overlapping = Inputs {
        tolled: vec![
            (d("2025-06-10"), d("2025-06-20")),
            (d("2025-06-20"), d("2025-06-25")),
        ],
        ..base.clone()
    };
    assert!(compute(&overlapping).unwrap_err().contains("overlap"));
    let before_receipt = Inputs {
        tolled: vec![(d("2025-05-30"), d("2025-06-03"))],
        ..base
    };
    assert!(compute(&before_receipt).is_err());
}

#[test]
fn overdue_counts_working_and_calendar_days() {
    // Due Wed Jul 16 2025; on Mon Jul 21: Jul 17, 18, 21 working; 5 calendar days.
    assert_eq!(overdue(d("2025-07-16"), d("2025-07-21")), Some((3, 5)));
    // Due Thu Jul 3; on Mon Jul 7: Jul 4 is a holiday, so only Jul 7 counts.
    assert_eq!(overdue(d("2025-07-03"), d("2025-07-07")), Some((1, 4)));
    assert_eq!(overdue(d("2025-07-16"), d("2025-07-16")), None);
    assert_eq!(overdue(d("2025-07-16"), d("2025-07-01")), None);
}

#[test]
fn json_has_the_five_keys_and_nulls() {
    let out = compute(&Inputs {
        received: d("2025-03-03"),
        ..Inputs::default()
    })
    .unwrap();
    let json = out.to_json();
    assert!(
        json.starts_with("{\"response_due\":{\"date\":\"2025-03-31\",\"rule\":\"20 working days")
    );
    assert!(json.contains("\"extended_due\":null"));
    assert!(json.contains("\"expedite_decision_due\":{\"date\":\"2025-03-13\""));
    assert!(json.contains("\"appeal_due\":null"));
    assert!(json.ends_with("\"appeal_decision_due\":null}"));
}
