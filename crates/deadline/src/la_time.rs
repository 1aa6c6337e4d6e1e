//! America/Los_Angeles wall-clock time without a time-zone database.
//!
//! The rule is the US one in force since 2007: Pacific Standard Time
//! (UTC−8), and Pacific Daylight Time (UTC−7) from the second Sunday of
//! March at 02:00 local standard time until the first Sunday of November at
//! 02:00 local daylight time. Years before 2007 (when DST ran from the first
//! Sunday of April to the last Sunday of October) get the same 2007 rule:
//! a known simplification, acceptable because the directives tracked here
//! are all recent.

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, Utc, Weekday,
};

const STANDARD_OFFSET_SECS: i32 = -8 * 3600;
const DAYLIGHT_OFFSET_SECS: i32 = -7 * 3600;

/// The local dates on which daylight saving time starts and ends in `year`.
/// `None` only for years at the edge of chrono's range; such years are
/// treated as having no daylight saving time.
fn dst_dates(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let start = NaiveDate::from_weekday_of_month_opt(year, 3, Weekday::Sun, 2)?;
    let end = NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Sun, 1)?;
    Some((start, end))
}

/// The instants at which daylight saving time starts and ends in `year`:
/// 02:00 PST (10:00 UTC) and 02:00 PDT (09:00 UTC) on the transition days.
fn dst_instants(year: i32) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let (start, end) = dst_dates(year)?;
    let start_utc = start.and_hms_opt(10, 0, 0)?.and_utc();
    let end_utc = end.and_hms_opt(9, 0, 0)?.and_utc();
    Some((start_utc, end_utc))
}

fn offset_from_secs(secs: i32) -> FixedOffset {
    // Both constants are well within chrono's ±24 h limit, so the UTC
    // fallback is unreachable; it only avoids a panic path.
    FixedOffset::east_opt(secs).unwrap_or(Utc.fix())
}

/// The Los Angeles UTC offset at instant `t`: −08:00 or −07:00.
pub fn la_offset(t: DateTime<Utc>) -> FixedOffset {
    // Transitions happen in March and November, so the UTC year of `t` is
    // the right year even in the hours where the local year differs.
    let in_dst = match dst_instants(t.year()) {
        Some((start, end)) => start <= t && t < end,
        None => false,
    };
    offset_from_secs(if in_dst {
        DAYLIGHT_OFFSET_SECS
    } else {
        STANDARD_OFFSET_SECS
    })
}

/// Los Angeles wall-clock time at instant `t`.
pub fn utc_to_la_local(t: DateTime<Utc>) -> NaiveDateTime {
    t.naive_utc()
        .checked_add_offset(la_offset(t))
        .unwrap_or(t.naive_utc())
}

/// The instant of a Los Angeles wall-clock time. A time in the hour skipped in March is read
/// as daylight time; one in the hour repeated in November, as its first (daylight) occurrence.
pub fn la_local_to_utc(local: NaiveDateTime) -> DateTime<Utc> {
    let in_dst = match dst_dates(local.year()) {
        Some((start, end)) => {
            let two = NaiveTime::from_hms_opt(2, 0, 0).unwrap_or(NaiveTime::MIN);
            local >= start.and_time(two) && local < end.and_time(two)
        }
        None => false,
    };
    let offset = offset_from_secs(if in_dst {
        DAYLIGHT_OFFSET_SECS
    } else {
        STANDARD_OFFSET_SECS
    });
    local.checked_sub_offset(offset).unwrap_or(local).and_utc()
}

/// The Los Angeles calendar date of instant `t`.
pub fn la_date(t: DateTime<Utc>) -> NaiveDate {
    t.naive_utc()
        .checked_add_offset(la_offset(t))
        .map(|local| local.date())
        // Only at the very start of chrono's range; the UTC date is the
        // closest representable answer.
        .unwrap_or_else(|| t.date_naive())
}

/// The UTC offset in effect at 00:00 local time on `day`.
///
/// Midnight is never inside a transition (those happen at 02:00), so it
/// always has exactly one offset: daylight time iff `day` falls after the
/// March transition day and no later than the November one (on the
/// November day itself, midnight is still daylight time).
fn offset_at_local_midnight(day: NaiveDate) -> FixedOffset {
    let in_dst = match dst_dates(day.year()) {
        Some((start, end)) => start < day && day <= end,
        None => false,
    };
    offset_from_secs(if in_dst {
        DAYLIGHT_OFFSET_SECS
    } else {
        STANDARD_OFFSET_SECS
    })
}

/// The first instant after `day` ends in Los Angeles: local midnight at the
/// start of the following day, in UTC. Anything strictly before this
/// instant happened on or before `day` in Los Angeles.
///
/// Correct on transition days: the 23-hour 2026-03-08 ends at
/// 2026-03-09T07:00Z and the 25-hour 2026-11-01 ends at 2026-11-02T08:00Z.
/// For the last date chrono can represent it saturates to
/// [`DateTime::<Utc>::MAX_UTC`].
pub fn end_of_day_utc(day: NaiveDate) -> DateTime<Utc> {
    let Some(next_day) = day.succ_opt() else {
        return DateTime::<Utc>::MAX_UTC;
    };
    let local_midnight = next_day.and_time(NaiveTime::MIN);
    let offset = offset_at_local_midnight(next_day);
    // local = utc + offset, so utc = local − offset.
    local_midnight
        .checked_sub_offset(offset)
        .map(|utc| utc.and_utc())
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn transition_dates_follow_the_2007_rule() {
        assert_eq!(dst_dates(2025), date(2025, 3, 9).zip(date(2025, 11, 2)));
        assert_eq!(dst_dates(2026), date(2026, 3, 8).zip(date(2026, 11, 1)));
        assert_eq!(dst_dates(2007), date(2007, 3, 11).zip(date(2007, 11, 4)));
    }

    #[test]
    fn end_of_day_at_the_edge_of_the_range_saturates() {
        assert_eq!(end_of_day_utc(NaiveDate::MAX), DateTime::<Utc>::MAX_UTC);
    }
}
