//! Which reminders belong to a given Los Angeles date.

use chrono::NaiveDate;

use crate::{day_count, days_between};

/// Days before the due date on which a reminder goes out.
const BEFORE_DAYS: [u32; 3] = [7, 3, 1];

/// The overdue day on which the matter is escalated.
const ESCALATE_ON_OVERDUE_DAY: u32 = 3;

/// A reminder to a department that has not yet submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reminder {
    /// N days before the due date; sent for N = 7, 3 and 1 only.
    Before(u32),
    /// On day N after the due date (1, 2, …); sent every day while overdue.
    Overdue(u32),
    /// Escalation on the 3rd overdue day, once, alongside `Overdue(3)`.
    Escalate,
}

impl Reminder {
    /// A stable text key for recording that this reminder was sent, e.g.
    /// "before-7", "overdue-2", "escalate". Pair it with the LA date.
    pub fn key(&self) -> String {
        match self {
            Reminder::Before(n) => format!("before-{n}"),
            Reminder::Overdue(n) => format!("overdue-{n}"),
            Reminder::Escalate => "escalate".to_string(),
        }
    }
}

/// The reminders that belong to `today_la` for a submission due on `due`.
///
/// Pure: it neither knows whether the department has submitted (callers
/// stop asking once it has) nor what was already sent (callers record
/// sent `(key, date)` pairs so a rerun on the same day sends nothing new).
/// The due day itself has no reminder: the 1-day reminder covered it.
pub fn reminders_due(due: NaiveDate, today_la: NaiveDate) -> Vec<Reminder> {
    let days_until_due = days_between(today_la, due);
    if days_until_due > 0 {
        let n = day_count(days_until_due);
        return if BEFORE_DAYS.contains(&n) {
            vec![Reminder::Before(n)]
        } else {
            Vec::new()
        };
    }
    if days_until_due == 0 {
        return Vec::new();
    }
    let overdue_day = day_count(-days_until_due);
    let mut reminders = vec![Reminder::Overdue(overdue_day)];
    if overdue_day == ESCALATE_ON_OVERDUE_DAY {
        reminders.push(Reminder::Escalate);
    }
    reminders
}
