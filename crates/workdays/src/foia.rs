//! FOIA deadlines for one request, each with the rule that produced it.
//!
//! Tolling, precisely: a tolled range `(from, to)` means the clock stopped
//! on `from` and resumed on `to`. Working days from `from` through `to`
//! (both included) are not counted; working days already counted before
//! `from` are kept, and counting resumes with the first working day after
//! `to`. Equivalently: the deadline is the n-th working day after receipt
//! that is not inside any tolled range. A range that starts after the
//! deadline has therefore no effect, and a holiday inside a range is
//! simply not counted twice.

use crate::count::{add_counted_days, working_days_between};
use crate::holidays::{holiday_on, is_working_day};
use chrono::{Days, NaiveDate};

/// A due date and a human-readable account of how it was computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub date: NaiveDate,
    pub rule: String,
}

/// What is known about one request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inputs {
    /// Day the agency received the request (day 0).
    pub received: NaiveDate,
    /// Agency sent a written unusual-circumstances notice.
    pub extension: bool,
    /// Fix-required / payment-required periods: `(clock stopped, clock resumed)`.
    pub tolled: Vec<(NaiveDate, NaiveDate)>,
    /// Day of the adverse determination, if any.
    pub adverse: Option<NaiveDate>,
    /// Day the agency received the administrative appeal, if any.
    pub appeal_received: Option<NaiveDate>,
}

/// All deadlines that follow from [`Inputs`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadlines {
    /// 20 working days after receipt, tolling applied.
    pub response_due: Deadline,
    /// 10 more working days, when an extension notice was sent.
    pub extended_due: Option<Deadline>,
    /// 10 calendar days after receipt.
    pub expedite_decision_due: Deadline,
    /// 90 working days after the adverse determination.
    pub appeal_due: Option<Deadline>,
    /// 20 working days after the appeal was received.
    pub appeal_decision_due: Option<Deadline>,
}

const RESPONSE_DAYS: u32 = 20;
const EXTENSION_DAYS: u32 = 10;
const EXPEDITE_CALENDAR_DAYS: u64 = 10;
const APPEAL_FILING_DAYS: u32 = 90;
const APPEAL_DECISION_DAYS: u32 = 20;

/// Rejects inputs for which no honest deadline exists.
fn validate(i: &Inputs) -> Result<(), String> {
    let mut ranges = i.tolled.clone();
    ranges.sort();
    for (from, to) in &ranges {
        if to < from {
            return Err(format!(
                "tolled range ends ({to}) before it starts ({from})"
            ));
        }
        if *from < i.received {
            return Err(format!(
                "tolled range starts ({from}) before receipt ({})",
                i.received
            ));
        }
    }
    for pair in ranges.windows(2) {
        if let [(a_from, a_to), (b_from, b_to)] = pair {
            if b_from <= a_to {
                return Err(format!(
                    "tolled ranges overlap: {a_from}..{a_to} and {b_from}..{b_to}"
                ));
            }
        }
    }
    if let Some(adverse) = i.adverse {
        if adverse < i.received {
            return Err(format!(
                "adverse determination ({adverse}) before receipt ({})",
                i.received
            ));
        }
        if let Some(appeal) = i.appeal_received.filter(|a| *a < adverse) {
            return Err(format!(
                "appeal received ({appeal}) before the adverse determination ({adverse})"
            ));
        }
    }
    Ok(())
}

/// "holidays skipped: X (observed D), ..." for the days after `start` up to `end`.
fn holidays_skipped(start: NaiveDate, end: NaiveDate) -> String {
    let names: Vec<String> = start
        .iter_days()
        .skip(1)
        .take_while(|d| *d <= end)
        .filter_map(|d| holiday_on(d).map(|name| format!("{name} (observed {d})")))
        .collect();
    if names.is_empty() {
        "holidays skipped: none".to_string()
    } else {
        format!("holidays skipped: {}", names.join(", "))
    }
}

/// "; clock stopped A..B (k working days not counted)" for each range that mattered.
fn tolling_note(tolled: &[(NaiveDate, NaiveDate)], due: NaiveDate) -> String {
    let mut ranges: Vec<_> = tolled.iter().filter(|(from, _)| *from <= due).collect();
    ranges.sort();
    ranges
        .into_iter()
        .map(|(from, to)| {
            let stopped = working_days_between(*from, *to) + i64::from(is_working_day(*from));
            format!("; clock stopped {from} to {to} ({stopped} working days not counted)")
        })
        .collect()
}

/// A working-day deadline counted from `start`, skipping tolled days.
fn counted(start: NaiveDate, n: u32, tolled: &[(NaiveDate, NaiveDate)], what: &str) -> Deadline {
    let in_tolled = |d: NaiveDate| tolled.iter().any(|(from, to)| *from <= d && d <= *to);
    let date = add_counted_days(start, n, in_tolled);
    let rule = format!(
        "{n} working days after {what} on {start}; {}{}",
        holidays_skipped(start, date),
        tolling_note(tolled, date)
    );
    Deadline { date, rule }
}

/// Ten calendar days; if that lands on a weekend or holiday, the decision
/// is due the next working day (a deadline always falls on a working day).
fn expedite(received: NaiveDate) -> Deadline {
    let tenth = received
        .checked_add_days(Days::new(EXPEDITE_CALENDAR_DAYS))
        .unwrap_or(received);
    let mut rule = format!(
        "10 calendar days after receipt on {received} (5 U.S.C. 552(a)(6)(E)(ii)(I); 6 CFR 5.5(e)(4))"
    );
    let date = if is_working_day(tenth) {
        tenth
    } else {
        let next = add_counted_days(tenth, 1, |_| false);
        rule.push_str(&format!(
            "; day 10 ({tenth}) is not a working day, moved to {next}"
        ));
        next
    };
    Deadline { date, rule }
}

/// Computes every deadline that follows from `i`.
pub fn compute(i: &Inputs) -> Result<Deadlines, String> {
    validate(i)?;
    let mut response_due = counted(i.received, RESPONSE_DAYS, &i.tolled, "receipt");
    response_due.rule = format!("{} (5 U.S.C. 552(a)(6)(A)(i))", response_due.rule);
    let extended_due = i.extension.then(|| {
        let mut d = counted(
            i.received,
            RESPONSE_DAYS + EXTENSION_DAYS,
            &i.tolled,
            "receipt",
        );
        d.rule = format!(
            "{} (20 days, 5 U.S.C. 552(a)(6)(A)(i), + 10 days for unusual circumstances, 5 U.S.C. 552(a)(6)(B)(i))",
            d.rule
        );
        d
    });
    let appeal_due = i.adverse.map(|adverse| {
        let mut d = counted(
            adverse,
            APPEAL_FILING_DAYS,
            &[],
            "the adverse determination",
        );
        d.rule = format!("{} (6 CFR 5.8(a)(1))", d.rule);
        d
    });
    let appeal_decision_due = i.appeal_received.map(|appeal| {
        let mut d = counted(appeal, APPEAL_DECISION_DAYS, &[], "receipt of the appeal");
        d.rule = format!("{} (5 U.S.C. 552(a)(6)(A)(ii))", d.rule);
        d
    });
    Ok(Deadlines {
        response_due,
        extended_due,
        expedite_decision_due: expedite(i.received),
        appeal_due,
        appeal_decision_due,
    })
}
