//! Counting working days the way FOIA counts them: the day of the
//! triggering event is day 0, day 1 is the first working day after it.

use crate::holidays::is_working_day;
use chrono::NaiveDate;

/// The `n`-th working day after `start`, not counting `start` itself and
/// not counting any day for which `stopped` is true (tolling).
/// `n == 0` returns `start` unchanged, even if it is not a working day.
pub(crate) fn add_counted_days(
    start: NaiveDate,
    n: u32,
    stopped: impl Fn(NaiveDate) -> bool,
) -> NaiveDate {
    let mut day = start;
    let mut counted = 0;
    while counted < n {
        // Past NaiveDate::MAX there is nothing to count; stay put rather than panic.
        let Some(next) = day.succ_opt() else { break };
        day = next;
        if is_working_day(day) && !stopped(day) {
            counted += 1;
        }
    }
    day
}

/// The `n`-th working day after `start` (day 1 is the first working day
/// after `start`). For `n >= 1` the result is always a working day; for
/// `n == 0` it is `start`.
pub fn add_working_days(start: NaiveDate, n: u32) -> NaiveDate {
    add_counted_days(start, n, |_| false)
}

/// Working days after `a` up to and including `b`; negative (the same
/// count, negated) when `b < a`. Inverse of [`add_working_days`]:
/// `working_days_between(s, add_working_days(s, n)) == n`.
pub fn working_days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    if b < a {
        return -working_days_between(b, a);
    }
    a.iter_days()
        .skip(1)
        .take_while(|d| *d <= b)
        .filter(|d| is_working_day(*d))
        .fold(0, |n, _| n + 1)
}

/// How late `today` is for something due on `due`: `(working days,
/// calendar days)` after `due` up to and including `today`. `None` when
/// `today` is on or before `due` (not overdue). A Saturday after a Friday
/// deadline is overdue by `(0, 1)`.
pub fn overdue(due: NaiveDate, today: NaiveDate) -> Option<(i64, i64)> {
    if today <= due {
        return None;
    }
    Some((
        working_days_between(due, today),
        today.signed_duration_since(due).num_days(),
    ))
}
