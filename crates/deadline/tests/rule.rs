#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use deadline::{due_date, Rule};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn ed12_is_due_fourteen_calendar_days_after_signing() {
    assert_eq!(
        due_date(date(2025, 7, 11), &Rule::CalendarDays(14)),
        date(2025, 7, 25)
    );
}

#[test]
fn calendar_days_may_land_on_a_weekend() {
    // Friday + 1 = Saturday: calendar days are counted literally.
    assert_eq!(
        due_date(date(2025, 7, 11), &Rule::CalendarDays(1)),
        date(2025, 7, 12)
    );
}

#[test]
fn business_days_skip_weekends() {
    let friday = date(2025, 7, 11);
    assert_eq!(due_date(friday, &Rule::BusinessDays(1)), date(2025, 7, 14));
    assert_eq!(due_date(friday, &Rule::BusinessDays(5)), date(2025, 7, 18));
    assert_eq!(due_date(friday, &Rule::BusinessDays(10)), date(2025, 7, 25));
    let wednesday = date(2025, 7, 9);
    assert_eq!(
        due_date(wednesday, &Rule::BusinessDays(2)),
        date(2025, 7, 11)
    );
    assert_eq!(
        due_date(wednesday, &Rule::BusinessDays(3)),
        date(2025, 7, 14)
    );
}

#[test]
fn business_days_from_a_weekend_land_on_a_weekday() {
    let saturday = date(2025, 7, 12);
    assert_eq!(
        due_date(saturday, &Rule::BusinessDays(1)),
        date(2025, 7, 14)
    );
    assert_eq!(
        due_date(saturday, &Rule::BusinessDays(5)),
        date(2025, 7, 18)
    );
    assert_eq!(
        due_date(saturday, &Rule::BusinessDays(10)),
        date(2025, 7, 25)
    );
}

#[test]
fn business_days_match_a_day_by_day_count() {
    let start = date(2025, 7, 1);
    for offset in 0..7 {
        let signed = start + chrono::Days::new(offset);
        for n in 1..30u32 {
            let mut day = signed;
            let mut counted = 0;
            while counted < n {
                day = day.succ_opt().unwrap();
                if !matches!(day.format("%a").to_string().as_str(), "Sat" | "Sun") {
                    counted += 1;
                }
            }
            assert_eq!(
                due_date(signed, &Rule::BusinessDays(n)),
                day,
                "{signed} + {n}"
            );
        }
    }
}

#[test]
fn zero_business_days_is_the_signed_date() {
    assert_eq!(
        due_date(date(2025, 7, 12), &Rule::BusinessDays(0)),
        date(2025, 7, 12)
    );
}

#[test]
fn fixed_ignores_the_signed_date() {
    let rule = Rule::Fixed(date(2025, 8, 1));
    assert_eq!(due_date(date(2025, 7, 11), &rule), date(2025, 8, 1));
}

#[test]
fn huge_counts_saturate_instead_of_overflowing() {
    assert_eq!(
        due_date(date(2025, 7, 11), &Rule::CalendarDays(u32::MAX)),
        NaiveDate::MAX
    );
    assert_eq!(
        due_date(date(2025, 7, 11), &Rule::BusinessDays(u32::MAX)),
        NaiveDate::MAX
    );
}

#[test]
fn parse_accepts_the_documented_forms() {
    assert_eq!(Rule::parse("14 calendar days"), Ok(Rule::CalendarDays(14)));
    assert_eq!(Rule::parse("10 business days"), Ok(Rule::BusinessDays(10)));
    assert_eq!(Rule::parse("2025-08-01"), Ok(Rule::Fixed(date(2025, 8, 1))));
    assert_eq!(Rule::parse("  1  Calendar DAY "), Ok(Rule::CalendarDays(1)));
}

#[test]
fn parse_round_trips_describe() {
    let rules = [
        Rule::CalendarDays(14),
        Rule::CalendarDays(1),
        Rule::CalendarDays(0),
        Rule::BusinessDays(10),
        Rule::BusinessDays(1),
        Rule::Fixed(date(2025, 8, 1)),
    ];
    for rule in rules {
        assert_eq!(
            Rule::parse(&rule.describe()),
            Ok(rule),
            "{}",
            rule.describe()
        );
    }
    assert_eq!(Rule::CalendarDays(14).describe(), "14 calendar days");
    assert_eq!(Rule::BusinessDays(1).describe(), "1 business day");
    assert_eq!(Rule::Fixed(date(2025, 8, 1)).describe(), "2025-08-01");
}

#[test]
fn parse_errors_say_what_to_write() {
    let err = Rule::parse("two weeks").unwrap_err();
    assert!(
        err.contains("\"two weeks\"") && err.contains("calendar days"),
        "{err}"
    );

    let err = Rule::parse("fourteen calendar days").unwrap_err();
    assert!(
        err.contains("\"fourteen\"") && err.contains("whole number"),
        "{err}"
    );

    let err = Rule::parse("-3 calendar days").unwrap_err();
    assert!(err.contains("\"-3\""), "{err}");

    let err = Rule::parse("14 working days").unwrap_err();
    assert!(
        err.contains("\"working\"") && err.contains("business"),
        "{err}"
    );

    let err = Rule::parse("2025-02-30").unwrap_err();
    assert!(
        err.contains("not a valid date") && err.contains("YYYY-MM-DD"),
        "{err}"
    );

    let err = Rule::parse("   ").unwrap_err();
    assert!(err.contains("empty"), "{err}");
}
