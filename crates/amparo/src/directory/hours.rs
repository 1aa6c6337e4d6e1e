//! "Open now": HSDS weekly schedules read against Los Angeles wall-clock time.

use chrono::{DateTime, Datelike, NaiveDateTime, Timelike, Utc, Weekday};
use hsds::Record;

/// Los Angeles local time at an instant (the rule is `deadline`'s).
pub fn la_local(at: DateTime<Utc>) -> NaiveDateTime {
    deadline::la_time::utc_to_la_local(at)
}

/// RRULE's two-letter day code.
pub fn day_code(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// Minutes after midnight of "HH:MM" or "HH:MM:SS".
fn minutes(t: &str) -> Option<u32> {
    let mut parts = t.trim().split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The days a weekly schedule names (`byday` "MO,TU"; an empty one means every day).
pub fn days(s: &Record) -> Vec<&str> {
    let byday = s.get("byday").unwrap_or("").trim();
    if byday.is_empty() {
        return vec!["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    }
    byday.split(',').map(str::trim).collect()
}

/// Whether a schedule is open at a local time. Only weekly schedules with opening hours can
/// say; anything else (monthly rules, free-text hours) answers no rather than guess.
pub fn open_at(s: &Record, local: NaiveDateTime) -> bool {
    let weekly = s
        .get("freq")
        .is_none_or(|f| f.eq_ignore_ascii_case("WEEKLY"));
    let (Some(opens), Some(closes)) = (
        s.get("opens_at").and_then(minutes),
        s.get("closes_at").and_then(minutes),
    ) else {
        return false;
    };
    let date = local.date().to_string();
    if s.get("valid_from").is_some_and(|f| date.as_str() < f)
        || s.get("valid_to").is_some_and(|t| date.as_str() > t)
    {
        return false;
    }
    let today = day_code(local.weekday());
    let now = local.hour() * 60 + local.minute();
    // Closing at or before opening runs past midnight; equal times mean around the clock.
    let within = if closes > opens {
        opens <= now && now < closes
    } else {
        now >= opens || now < closes
    };
    weekly && days(s).contains(&today) && within
}

/// "09:00–17:00", or None without both times.
pub fn span(s: &Record) -> Option<String> {
    let short = |t: &str| t.trim().get(..5).unwrap_or(t.trim()).to_string();
    let (opens, closes) = (short(s.get("opens_at")?), short(s.get("closes_at")?));
    if opens == closes && opens == "00:00" {
        return Some("00:00–24:00".into());
    }
    Some(format!("{opens}–{closes}"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    #[test]
    fn pacific_time_follows_daylight_saving() {
        // Winter: UTC-8.
        assert_eq!(
            la_local(utc(2026, 1, 15, 20, 0)).to_string(),
            "2026-01-15 12:00:00"
        );
        // 2026-03-08 is the second Sunday of March: 09:59 UTC is 01:59 PST, 10:00 is 03:00 PDT.
        assert_eq!(
            la_local(utc(2026, 3, 8, 9, 59)).to_string(),
            "2026-03-08 01:59:00"
        );
        assert_eq!(
            la_local(utc(2026, 3, 8, 10, 0)).to_string(),
            "2026-03-08 03:00:00"
        );
        // 2026-11-01 is the first Sunday of November: 08:59 UTC is 01:59 PDT, 09:00 is 01:00 PST.
        assert_eq!(
            la_local(utc(2026, 11, 1, 8, 59)).to_string(),
            "2026-11-01 01:59:00"
        );
        assert_eq!(
            la_local(utc(2026, 11, 1, 9, 0)).to_string(),
            "2026-11-01 01:00:00"
        );
        // Summer: UTC-7, and the date rolls back across midnight UTC.
        assert_eq!(
            la_local(utc(2025, 7, 12, 3, 30)).to_string(),
            "2025-07-11 20:30:00"
        );
    }

    fn schedule(pairs: &[(&str, &str)]) -> Record {
        Record {
            values: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn weekly_schedules_open_on_their_days_and_hours_only() {
        let weekdays = schedule(&[
            ("freq", "WEEKLY"),
            ("byday", "MO,TU,WE,TH,FR"),
            ("opens_at", "09:00"),
            ("closes_at", "17:00:00"),
        ]);
        // 2026-11-30 is a Monday.
        let at = |h, m| {
            NaiveDate::from_ymd_opt(2026, 11, 30)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap()
        };
        assert!(!open_at(&weekdays, at(8, 59)));
        assert!(open_at(&weekdays, at(9, 0)));
        assert!(open_at(&weekdays, at(16, 59)));
        assert!(!open_at(&weekdays, at(17, 0)));
        let sunday = NaiveDate::from_ymd_opt(2026, 11, 29)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        assert!(!open_at(&weekdays, sunday));
        let always = schedule(&[("opens_at", "00:00"), ("closes_at", "00:00")]);
        assert!(open_at(&always, sunday));
        assert_eq!(span(&always).unwrap(), "00:00–24:00");
        let night = schedule(&[("opens_at", "22:00"), ("closes_at", "06:00")]);
        assert!(open_at(&night, at(23, 0)) && open_at(&night, at(5, 59)));
        assert!(!open_at(&night, at(6, 0)) && !open_at(&night, at(21, 59)));
        let monthly = schedule(&[
            ("freq", "MONTHLY"),
            ("opens_at", "00:00"),
            ("closes_at", "00:00"),
        ]);
        assert!(!open_at(&monthly, sunday));
        let expired = schedule(&[
            ("opens_at", "00:00"),
            ("closes_at", "00:00"),
            ("valid_to", "2026-01-01"),
        ]);
        assert!(!open_at(&expired, sunday));
        assert!(!open_at(&schedule(&[("opens_at", "nine")]), sunday));
        assert_eq!(span(&weekdays).unwrap(), "09:00–17:00");
    }
}
