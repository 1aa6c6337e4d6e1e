#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{Days, NaiveDate};
use deadline::{reminders_due, Reminder};

const DUE: (i32, u32, u32) = (2025, 7, 25);

fn due() -> NaiveDate {
    NaiveDate::from_ymd_opt(DUE.0, DUE.1, DUE.2).unwrap()
}

fn days_before(n: u64) -> NaiveDate {
    due() - Days::new(n)
}

fn days_after(n: u64) -> NaiveDate {
    due() + Days::new(n)
}

#[test]
fn reminders_seven_three_and_one_day_before() {
    assert_eq!(
        reminders_due(due(), days_before(7)),
        vec![Reminder::Before(7)]
    );
    assert_eq!(
        reminders_due(due(), days_before(3)),
        vec![Reminder::Before(3)]
    );
    assert_eq!(
        reminders_due(due(), days_before(1)),
        vec![Reminder::Before(1)]
    );
}

#[test]
fn no_reminders_on_other_days_before_or_on_the_due_day() {
    for n in [0, 2, 4, 5, 6, 8, 14, 30] {
        assert_eq!(
            reminders_due(due(), days_before(n)),
            vec![],
            "{n} days before"
        );
    }
}

#[test]
fn overdue_reminder_every_day() {
    for n in 1..=30u32 {
        let reminders = reminders_due(due(), days_after(u64::from(n)));
        assert_eq!(reminders.first(), Some(&Reminder::Overdue(n)), "day {n}");
    }
}

#[test]
fn escalate_on_the_third_overdue_day_only() {
    assert_eq!(
        reminders_due(due(), days_after(3)),
        vec![Reminder::Overdue(3), Reminder::Escalate]
    );
    for n in (1..=30u64).filter(|n| *n != 3) {
        assert!(
            !reminders_due(due(), days_after(n)).contains(&Reminder::Escalate),
            "day {n}"
        );
    }
}

#[test]
fn keys_are_stable_for_idempotency_records() {
    assert_eq!(Reminder::Before(7).key(), "before-7");
    assert_eq!(Reminder::Overdue(2).key(), "overdue-2");
    assert_eq!(Reminder::Escalate.key(), "escalate");
}
