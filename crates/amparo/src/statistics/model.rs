//! What the public statistics publish, decided without the database: which incidents count,
//! how they fall into weeks and columns, and the suppressed table that results.

use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// Nothing is published until it is this old.
pub const DELAY_HOURS: i64 = 24;
/// Published points name a grid cell of about this size, not a doorway.
pub const GRID_M: f64 = 500.0;
pub const DEFAULT_WEEKS: i64 = 12;
pub const MAX_WEEKS: i64 = 104;
/// Cells with counts in this range are suppressed.
pub const SUPPRESS_MIN: u64 = 1;
pub const SUPPRESS_MAX: u64 = 10;
/// States that mean "this did not happen as reported": never counted.
pub const EXCLUDED_STATES: [&str; 2] = ["false_alarm", "duplicate"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Department,
    District,
}

impl By {
    pub fn parse(s: &str) -> Option<By> {
        match s {
            "" | "department" => Some(By::Department),
            "district" => Some(By::District),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            By::Department => "department",
            By::District => "district",
        }
    }
}

/// The Monday that starts the week of `day`.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The `weeks` week starts ending with the week of `last_day`, oldest first.
pub fn week_starts(last_day: NaiveDate, weeks: i64) -> Vec<NaiveDate> {
    let last = week_of(last_day);
    (0..weeks)
        .rev()
        .map(|i| last - chrono::Duration::weeks(i))
        .collect()
}

/// Counts per (column, week) for the given incidents: `(column key, local day)` pairs.
/// Incidents outside the weeks or with an unknown column are left out.
pub fn tally(
    columns: &[String],
    weeks: &[NaiveDate],
    incidents: impl IntoIterator<Item = (String, NaiveDate)>,
) -> Vec<Vec<u64>> {
    let col: BTreeMap<&str, usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| (c.as_str(), i))
        .collect();
    let week: BTreeMap<NaiveDate, usize> = weeks.iter().enumerate().map(|(i, w)| (*w, i)).collect();
    let mut counts = vec![vec![0u64; weeks.len()]; columns.len()];
    for (key, day) in incidents {
        let (Some(c), Some(w)) = (col.get(key.as_str()), week.get(&week_of(day))) else {
            continue;
        };
        if let Some(cell) = counts.get_mut(*c).and_then(|r| r.get_mut(*w)) {
            *cell += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(week_of(d("2026-11-29")), d("2026-11-23"));
        assert_eq!(week_of(d("2026-11-23")), d("2026-11-23"));
        assert_eq!(
            week_starts(d("2026-11-29"), 3),
            vec![d("2026-11-09"), d("2026-11-16"), d("2026-11-23")]
        );
    }

    #[test]
    fn tally_counts_by_column_and_week() {
        let cols = vec!["A".to_string(), "B".to_string()];
        let weeks = week_starts(d("2026-11-29"), 2);
        let counts = tally(
            &cols,
            &weeks,
            [
                ("A".to_string(), d("2026-11-17")),
                ("A".to_string(), d("2026-11-29")),
                ("B".to_string(), d("2026-11-24")),
                ("C".to_string(), d("2026-11-24")),
                ("A".to_string(), d("2026-01-01")),
            ],
        );
        assert_eq!(counts, vec![vec![1, 1], vec![0, 1]]);
    }
}
