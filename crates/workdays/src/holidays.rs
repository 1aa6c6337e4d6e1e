//! Federal legal public holidays of 5 U.S.C. 6103(a) with the dates on
//! which federal agencies observe them.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Fixed-date holidays fall on a weekend in some years. 5 U.S.C. 6103(b)
/// and Executive Order 11582 move them: Saturday → the Friday before,
/// Sunday → the Monday after.
fn observed(actual: NaiveDate) -> NaiveDate {
    let moved = match actual.weekday() {
        Weekday::Sat => actual.checked_sub_days(Days::new(1)),
        Weekday::Sun => actual.checked_add_days(Days::new(1)),
        _ => Some(actual),
    };
    moved.unwrap_or(actual)
}

fn fixed(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day).map(observed)
}

fn nth(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// Memorial Day is the last Monday of May: May 31 stepped back to a Monday.
fn last_monday_of_may(year: i32) -> Option<NaiveDate> {
    let may31 = NaiveDate::from_ymd_opt(year, 5, 31)?;
    let back = u64::from(may31.weekday().num_days_from_monday());
    may31.checked_sub_days(Days::new(back))
}

/// The legal public holidays of `year`, in calendar order, as
/// `(observed date, statutory name)`.
///
/// The observed date can fall in the previous year: when January 1 is a
/// Saturday, New Year's Day is observed on Friday December 31 of `year - 1`
/// (e.g. `holidays(2022)` starts with 2021-12-31). Juneteenth is included
/// from 2021 on (Pub. L. 117-17). Inauguration Day is not included: it is a
/// holiday only for employees in the D.C. area (5 U.S.C. 6103(c)).
pub fn holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let juneteenth = if year >= 2021 {
        fixed(year, 6, 19)
    } else {
        None
    };
    let all = [
        (fixed(year, 1, 1), "New Year's Day"),
        (
            nth(year, 1, Weekday::Mon, 3),
            "Birthday of Martin Luther King, Jr.",
        ),
        (nth(year, 2, Weekday::Mon, 3), "Washington's Birthday"),
        (last_monday_of_may(year), "Memorial Day"),
        (juneteenth, "Juneteenth National Independence Day"),
        (fixed(year, 7, 4), "Independence Day"),
        (nth(year, 9, Weekday::Mon, 1), "Labor Day"),
        (nth(year, 10, Weekday::Mon, 2), "Columbus Day"),
        (fixed(year, 11, 11), "Veterans Day"),
        (nth(year, 11, Weekday::Thu, 4), "Thanksgiving Day"),
        (fixed(year, 12, 25), "Christmas Day"),
    ];
    all.into_iter()
        .filter_map(|(date, name)| date.map(|d| (d, name)))
        .collect()
}

/// The name of the holiday observed on `d`, if any. Looks at next year's
/// list too, because New Year's Day can be observed on December 31.
pub fn holiday_on(d: NaiveDate) -> Option<&'static str> {
    [d.year(), d.year().saturating_add(1)]
        .into_iter()
        .flat_map(holidays)
        .find(|(date, _)| *date == d)
        .map(|(_, name)| name)
}

/// A working day is a weekday that is not an observed legal public holiday.
pub fn is_working_day(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && holiday_on(d).is_none()
}
