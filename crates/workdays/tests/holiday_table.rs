#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every observed federal holiday 2021-2027, written out by hand from a
//! calendar and OPM's published lists, against `holidays(year)`.

use chrono::NaiveDate;
use workdays::{holiday_on, holidays, is_working_day};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Observed dates, in the order New Year's, MLK, Washington, Memorial,
/// Juneteenth, Independence, Labor, Columbus, Veterans, Thanksgiving, Christmas.
const OBSERVED: &[(i32, [&str; 11])] = &[
    (
        2021,
        [
            "2021-01-01",
            "2021-01-18",
            "2021-02-15",
            "2021-05-31",
            "2021-06-18",
            "2021-07-05",
            "2021-09-06",
            "2021-10-11",
            "2021-11-11",
            "2021-11-25",
            "2021-12-24",
        ],
    ),
    // Jan 1 2022 is a Saturday: observed Fri Dec 31 2021. Juneteenth and Christmas on Sunday → Monday.
    (
        2022,
        [
            "2021-12-31",
            "2022-01-17",
            "2022-02-21",
            "2022-05-30",
            "2022-06-20",
            "2022-07-04",
            "2022-09-05",
            "2022-10-10",
            "2022-11-11",
            "2022-11-24",
            "2022-12-26",
        ],
    ),
    // Jan 1 2023 Sunday → Mon Jan 2; Nov 11 Saturday → Fri Nov 10.
    (
        2023,
        [
            "2023-01-02",
            "2023-01-16",
            "2023-02-20",
            "2023-05-29",
            "2023-06-19",
            "2023-07-04",
            "2023-09-04",
            "2023-10-09",
            "2023-11-10",
            "2023-11-23",
            "2023-12-25",
        ],
    ),
    (
        2024,
        [
            "2024-01-01",
            "2024-01-15",
            "2024-02-19",
            "2024-05-27",
            "2024-06-19",
            "2024-07-04",
            "2024-09-02",
            "2024-10-14",
            "2024-11-11",
            "2024-11-28",
            "2024-12-25",
        ],
    ),
    (
        2025,
        [
            "2025-01-01",
            "2025-01-20",
            "2025-02-17",
            "2025-05-26",
            "2025-06-19",
            "2025-07-04",
            "2025-09-01",
            "2025-10-13",
            "2025-11-11",
            "2025-11-27",
            "2025-12-25",
        ],
    ),
    // Jul 4 2026 Saturday → Fri Jul 3.
    (
        2026,
        [
            "2026-01-01",
            "2026-01-19",
            "2026-02-16",
            "2026-05-25",
            "2026-06-19",
            "2026-07-03",
            "2026-09-07",
            "2026-10-12",
            "2026-11-11",
            "2026-11-26",
            "2026-12-25",
        ],
    ),
    // Same calendar as 2021.
    (
        2027,
        [
            "2027-01-01",
            "2027-01-18",
            "2027-02-15",
            "2027-05-31",
            "2027-06-18",
            "2027-07-05",
            "2027-09-06",
            "2027-10-11",
            "2027-11-11",
            "2027-11-25",
            "2027-12-24",
        ],
    ),
];

#[test]
fn observed_holidays_2021_to_2027_match_hand_table() {
    for (year, dates) in OBSERVED {
        let got: Vec<NaiveDate> = holidays(*year).into_iter().map(|(date, _)| date).collect();
        let want: Vec<NaiveDate> = dates.iter().map(|s| d(s)).collect();
        assert_eq!(got, want, "{year}");
        for date in want {
            assert!(!is_working_day(date), "{date} should be a holiday");
        }
    }
}

#[test]
fn new_years_2028_is_observed_on_friday_dec_31_2027() {
    assert_eq!(holidays(2028)[0], (d("2027-12-31"), "New Year's Day"));
    assert_eq!(holiday_on(d("2027-12-31")), Some("New Year's Day"));
}

#[test]
fn no_juneteenth_before_2021_and_no_inauguration_day() {
    assert_eq!(holidays(2020).len(), 10);
    assert!(holidays(2020)
        .iter()
        .all(|(_, n)| !n.contains("Juneteenth")));
    // Inauguration Day 2025 (Mon Jan 20) coincided with MLK Day; 2029's (Sat Jan 20) is not
    // tested here, but 2021's (Wed Jan 20) must be an ordinary working day.
    assert!(is_working_day(d("2021-01-20")));
}

#[test]
fn actual_weekend_dates_of_moved_holidays_are_not_named() {
    // The Saturday/Sunday itself is a weekend day, not the observed holiday.
    assert_eq!(holiday_on(d("2026-07-04")), None);
    assert_eq!(holiday_on(d("2026-07-03")), Some("Independence Day"));
    assert_eq!(
        holiday_on(d("2022-06-20")),
        Some("Juneteenth National Independence Day")
    );
    assert!(is_working_day(d("2021-12-30")));
}
