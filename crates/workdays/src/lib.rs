//! FOIA deadlines in federal working days, for holding an agency (here ICE,
//! under DHS rules) to the statute.
//!
//! * Working days exclude Saturdays, Sundays and the legal public holidays
//!   of 5 U.S.C. 6103(a) on the days they are observed ([`holidays`]).
//! * The day of the triggering event is never counted: day 1 is the first
//!   working day after it ([`add_working_days`]).
//! * [`compute`] turns one request's facts into its deadlines, each with
//!   the rule that produced it; [`overdue`] says how late an agency is.

mod count;
mod foia;
mod holidays;
mod json;

pub use count::{add_working_days, overdue, working_days_between};
pub use foia::{compute, Deadline, Deadlines, Inputs};
pub use holidays::{holiday_on, holidays, is_working_day};
