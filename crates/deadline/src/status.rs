//! Whether a department's submission is on time, late, pending or overdue.

use chrono::{DateTime, NaiveDate, Utc};

use crate::la_time::{end_of_day_utc, la_date};
use crate::{day_count, days_between};

/// Where a submission stands against its due date. All day counts are
/// differences between Los Angeles calendar dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Submitted before the due day ended in Los Angeles.
    OnTime { submitted: DateTime<Utc> },
    /// Submitted after the due day; `days` ≥ 1 is the number of LA
    /// calendar days from the due date to the submission's LA date
    /// (00:30 LA on the day after the due date is late by 1).
    Late { submitted: DateTime<Utc>, days: u32 },
    /// Not submitted and the due day has not ended; `days_left` is LA
    /// calendar days from today to the due date, 0 on the due day itself.
    Pending { days_left: u32 },
    /// Not submitted and the due day has ended; `days` ≥ 1 is LA calendar
    /// days since the due date.
    Overdue { days: u32 },
}

/// The status of a submission due on `due` as of `now`.
///
/// A submission is judged only by when it was made, so `now` is ignored
/// when `submitted` is `Some` (even a timestamp later than `now`).
pub fn status(due: NaiveDate, submitted: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Status {
    let deadline = end_of_day_utc(due);
    match submitted {
        Some(submitted) if submitted < deadline => Status::OnTime { submitted },
        Some(submitted) => Status::Late {
            submitted,
            days: day_count(days_between(due, la_date(submitted))),
        },
        None if now < deadline => Status::Pending {
            days_left: day_count(days_between(la_date(now), due)),
        },
        None => Status::Overdue {
            days: day_count(days_between(due, la_date(now))),
        },
    }
}
