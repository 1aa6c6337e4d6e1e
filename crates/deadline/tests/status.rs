#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{DateTime, NaiveDate, Utc};
use deadline::{status, Status};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn judged(due: NaiveDate, submitted: &str) -> Status {
    status(due, Some(utc(submitted)), utc("2030-01-01T00:00:00Z"))
}

const NOW: &str = "2025-08-15T12:00:00Z";

#[test]
fn last_millisecond_of_the_due_day_is_on_time() {
    // 23:59:59.999 PDT on 2025-07-25.
    let submitted = utc("2025-07-26T06:59:59.999Z");
    assert_eq!(
        status(date(2025, 7, 25), Some(submitted), utc(NOW)),
        Status::OnTime { submitted }
    );
}

#[test]
fn midnight_after_the_due_day_is_late_by_one() {
    let submitted = utc("2025-07-26T07:00:00Z");
    assert_eq!(
        status(date(2025, 7, 25), Some(submitted), utc(NOW)),
        Status::Late { submitted, days: 1 }
    );
}

#[test]
fn half_past_midnight_the_day_after_is_late_by_one() {
    let submitted = utc("2025-07-26T07:30:00Z");
    assert_eq!(
        judged(date(2025, 7, 25), "2025-07-26T07:30:00Z"),
        Status::Late { submitted, days: 1 }
    );
}

#[test]
fn late_by_counts_la_calendar_days() {
    // 23:59 PDT on 2025-07-27 is two LA days after the due date, though
    // fewer than 72 hours have passed since the deadline.
    let submitted = utc("2025-07-28T06:59:00Z");
    assert_eq!(
        judged(date(2025, 7, 25), "2025-07-28T06:59:00Z"),
        Status::Late { submitted, days: 2 }
    );
}

#[test]
fn due_on_dst_start_day_boundary() {
    let due = date(2026, 3, 8);
    let last = utc("2026-03-09T06:59:59.999Z"); // 23:59:59.999 PDT
    assert_eq!(
        judged(due, "2026-03-09T06:59:59.999Z"),
        Status::OnTime { submitted: last }
    );
    let first = utc("2026-03-09T07:00:00Z"); // 00:00 PDT on 03-09
    assert_eq!(
        judged(due, "2026-03-09T07:00:00Z"),
        Status::Late {
            submitted: first,
            days: 1
        }
    );
}

#[test]
fn due_on_dst_end_day_boundary() {
    let due = date(2026, 11, 1);
    // 23:30 PST on 11-01: would be 00:30 on 11-02 if read as PDT.
    let last = utc("2026-11-02T07:30:00Z");
    assert_eq!(
        judged(due, "2026-11-02T07:30:00Z"),
        Status::OnTime { submitted: last }
    );
    let first = utc("2026-11-02T08:00:00Z");
    assert_eq!(
        judged(due, "2026-11-02T08:00:00Z"),
        Status::Late {
            submitted: first,
            days: 1
        }
    );
}

#[test]
fn late_by_across_spring_forward() {
    // Due Saturday 2026-03-07 (PST); submitted 00:30 PDT on Monday 03-09.
    let submitted = utc("2026-03-09T07:30:00Z");
    assert_eq!(
        judged(date(2026, 3, 7), "2026-03-09T07:30:00Z"),
        Status::Late { submitted, days: 2 }
    );
}

#[test]
fn late_by_across_fall_back() {
    // Due 2026-10-31 (PDT); submitted 00:30 PST on 11-02.
    let submitted = utc("2026-11-02T08:30:00Z");
    assert_eq!(
        judged(date(2026, 10, 31), "2026-11-02T08:30:00Z"),
        Status::Late { submitted, days: 2 }
    );
    // 23:30 PST on 11-01 is still only 1 day late, after a 25-hour day.
    let submitted = utc("2026-11-02T07:30:00Z");
    assert_eq!(
        judged(date(2026, 10, 31), "2026-11-02T07:30:00Z"),
        Status::Late { submitted, days: 1 }
    );
}

#[test]
fn early_submission_is_on_time() {
    let submitted = utc("2025-07-14T17:00:00Z");
    assert_eq!(
        status(date(2025, 7, 25), Some(submitted), utc(NOW)),
        Status::OnTime { submitted }
    );
}

#[test]
fn pending_counts_days_left_in_la() {
    let due = date(2025, 7, 25);
    // 2025-07-18 at 20:00 PDT (03:00Z on the 19th): still the 18th in LA.
    assert_eq!(
        status(due, None, utc("2025-07-19T03:00:00Z")),
        Status::Pending { days_left: 7 }
    );
    assert_eq!(
        status(due, None, utc("2025-07-24T19:00:00Z")),
        Status::Pending { days_left: 1 }
    );
}

#[test]
fn pending_is_zero_days_left_all_through_the_due_day() {
    let due = date(2025, 7, 25);
    assert_eq!(
        status(due, None, utc("2025-07-25T07:00:00Z")),
        Status::Pending { days_left: 0 }
    );
    assert_eq!(
        status(due, None, utc("2025-07-26T06:59:59.999Z")),
        Status::Pending { days_left: 0 }
    );
}

#[test]
fn overdue_counts_la_days_since_the_due_date() {
    let due = date(2025, 7, 25);
    assert_eq!(
        status(due, None, utc("2025-07-26T07:00:00Z")),
        Status::Overdue { days: 1 }
    );
    assert_eq!(
        status(due, None, utc("2025-07-28T06:59:59Z")),
        Status::Overdue { days: 2 }
    );
    assert_eq!(
        status(due, None, utc("2025-07-28T07:00:00Z")),
        Status::Overdue { days: 3 }
    );
}

#[test]
fn overdue_across_fall_back() {
    let due = date(2026, 10, 31);
    // 23:59 PST on 11-01 is overdue day 1; 00:00 PST on 11-02 is day 2.
    assert_eq!(
        status(due, None, utc("2026-11-02T07:59:00Z")),
        Status::Overdue { days: 1 }
    );
    assert_eq!(
        status(due, None, utc("2026-11-02T08:00:00Z")),
        Status::Overdue { days: 2 }
    );
}

#[test]
fn submission_decides_even_if_now_is_earlier() {
    let submitted = utc("2025-07-20T17:00:00Z");
    assert_eq!(
        status(
            date(2025, 7, 25),
            Some(submitted),
            utc("2025-07-01T00:00:00Z")
        ),
        Status::OnTime { submitted }
    );
}
