//! Directive deadlines in Los Angeles time.
//!
//! Built for amparo, which tracks City of Los Angeles Executive Directive 12
//! (signed 2025-07-11): every department submits a preparedness plan within
//! 14 calendar days, so the plan is due 2025-07-25.
//!
//! Choices this crate makes, in one place:
//! - A deadline is a *date*, not an instant. "On time" means submitted
//!   before the due day ends in Los Angeles, i.e. strictly before local
//!   midnight at the start of the next day ([`end_of_day_utc`]).
//! - Los Angeles time follows the US daylight-saving rule in force since
//!   2007 (see [`la_time`]); it is applied to every year, including years
//!   before 2007. That is a known simplification: this crate is for current
//!   directives, not historical timestamps.
//! - Day counts ("late by", "overdue", "days left") are differences between
//!   Los Angeles calendar dates, never elapsed hours divided by 24, so the
//!   23- and 25-hour days at daylight-saving changes count as one day each.
//! - Business days skip Saturdays and Sundays only; there is no holiday
//!   calendar (see [`Rule::BusinessDays`]).
//! - Everything is pure: callers pass in "now" and keep their own records.

pub mod la_time;
mod reminder;
mod rule;
mod status;

pub use la_time::{end_of_day_utc, la_date, la_local_to_utc, la_offset, utc_to_la_local};
pub use reminder::{reminders_due, Reminder};
pub use rule::{due_date, Rule};
pub use status::{status, Status};

/// Calendar days from `from` to `to` (negative when `to` is earlier).
fn days_between(from: chrono::NaiveDate, to: chrono::NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// Narrows a day count that is known to be non-negative; counts beyond
/// `u32::MAX` (millions of years) saturate rather than wrap.
fn day_count(days: i64) -> u32 {
    u32::try_from(days.max(0)).unwrap_or(u32::MAX)
}
