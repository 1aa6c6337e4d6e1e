#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use deadline::{end_of_day_utc, la_date, la_offset};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn hours_west(h: i32) -> FixedOffset {
    FixedOffset::west_opt(h * 3600).unwrap()
}

#[test]
fn ed12_due_day_ends_at_midnight_pdt() {
    assert_eq!(
        end_of_day_utc(date(2025, 7, 25)),
        utc("2025-07-26T07:00:00Z")
    );
}

#[test]
fn winter_day_ends_at_midnight_pst() {
    assert_eq!(
        end_of_day_utc(date(2026, 1, 15)),
        utc("2026-01-16T08:00:00Z")
    );
}

#[test]
fn dst_start_day_has_23_hours() {
    // 2026-03-08: clocks jump 02:00 PST → 03:00 PDT; the next midnight is PDT.
    let start = end_of_day_utc(date(2026, 3, 7));
    let end = end_of_day_utc(date(2026, 3, 8));
    assert_eq!(end, utc("2026-03-09T07:00:00Z"));
    assert_eq!((end - start).num_hours(), 23);
}

#[test]
fn dst_end_day_has_25_hours() {
    // 2026-11-01: clocks fall back 02:00 PDT → 01:00 PST; the next midnight is PST.
    let start = end_of_day_utc(date(2026, 10, 31));
    let end = end_of_day_utc(date(2026, 11, 1));
    assert_eq!(end, utc("2026-11-02T08:00:00Z"));
    assert_eq!((end - start).num_hours(), 25);
}

#[test]
fn offset_switches_at_two_am_local() {
    assert_eq!(la_offset(utc("2026-03-08T09:59:59Z")), hours_west(8));
    assert_eq!(la_offset(utc("2026-03-08T10:00:00Z")), hours_west(7));
    assert_eq!(la_offset(utc("2026-11-01T08:59:59Z")), hours_west(7));
    assert_eq!(la_offset(utc("2026-11-01T09:00:00Z")), hours_west(8));
}

#[test]
fn offset_by_season() {
    assert_eq!(la_offset(utc("2025-07-25T12:00:00Z")), hours_west(7));
    assert_eq!(la_offset(utc("2025-12-31T23:00:00Z")), hours_west(8));
    assert_eq!(la_offset(utc("2026-01-01T03:00:00Z")), hours_west(8));
}

#[test]
fn pre_2007_years_use_the_2007_rule() {
    // Under the real 1987–2006 rule, 2006-03-20 was still PST; documented simplification.
    assert_eq!(la_offset(utc("2006-03-20T12:00:00Z")), hours_west(7));
}

#[test]
fn la_date_near_midnight_in_winter() {
    assert_eq!(la_date(utc("2026-01-15T07:59:59Z")), date(2026, 1, 14));
    assert_eq!(la_date(utc("2026-01-15T08:00:00Z")), date(2026, 1, 15));
}

#[test]
fn la_date_near_midnight_in_summer() {
    assert_eq!(la_date(utc("2025-07-26T06:59:59Z")), date(2025, 7, 25));
    assert_eq!(la_date(utc("2025-07-26T07:00:00Z")), date(2025, 7, 26));
}

#[test]
fn la_date_across_the_new_year() {
    assert_eq!(la_date(utc("2026-01-01T07:59:59Z")), date(2025, 12, 31));
    assert_eq!(la_date(utc("2026-01-01T08:00:00Z")), date(2026, 1, 1));
}

#[test]
fn end_of_day_matches_la_date_every_day_of_a_year() {
    let mut day = date(2026, 1, 1);
    while day < date(2027, 1, 1) {
        let end = end_of_day_utc(day);
        assert_eq!(la_date(end), day.succ_opt().unwrap(), "{day}");
        assert_eq!(
            la_date(end - chrono::Duration::milliseconds(1)),
            day,
            "{day}"
        );
        day = day.succ_opt().unwrap();
    }
}
