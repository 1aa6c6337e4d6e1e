//! How a directive's due date follows from the date it was signed.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A deadline rule as written in a directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The signed date plus N calendar days: ED 12, signed 2025-07-11 with
    /// 14 calendar days, is due 2025-07-25. A due date that lands on a
    /// weekend stays there; directives count calendar days literally.
    CalendarDays(u32),
    /// The Nth weekday (Monday–Friday) after the signed date. Weekends are
    /// skipped but City holidays are NOT: there is no holiday calendar, so a
    /// rule spanning a holiday yields a due date one business day early
    /// relative to an official count. 0 business days means the signed date
    /// itself, even on a weekend.
    BusinessDays(u32),
    /// A fixed due date, independent of the signed date (even if earlier).
    Fixed(NaiveDate),
}

const PARSE_HELP: &str =
    "expected \"<N> calendar days\", \"<N> business days\", or a date like 2025-08-01";

impl Rule {
    /// Parses the forms [`Rule::describe`] produces: "14 calendar days",
    /// "1 calendar day", "10 business days", "2025-08-01". Case and extra
    /// spaces are ignored; singular and plural "day" are both accepted.
    /// Errors name the offending text and say what is expected.
    pub fn parse(s: &str) -> Result<Rule, String> {
        let text = s.trim();
        if text.is_empty() {
            return Err(format!("empty deadline rule: {PARSE_HELP}"));
        }
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Ok(Rule::Fixed(date));
        }
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        match words.as_slice() {
            [count, kind, unit] if matches!(*unit, "day" | "days") => {
                let n = parse_count(count)?;
                match *kind {
                    "calendar" => Ok(Rule::CalendarDays(n)),
                    "business" => Ok(Rule::BusinessDays(n)),
                    other => Err(format!(
                        "unknown kind of day \"{other}\" in \"{text}\": use \"calendar\" or \"business\""
                    )),
                }
            }
            [_] if looks_like_date(text) => Err(format!(
                "\"{text}\" is not a valid date: write it as YYYY-MM-DD, e.g. 2025-08-01"
            )),
            _ => Err(format!(
                "unrecognized deadline rule \"{text}\": {PARSE_HELP}"
            )),
        }
    }

    /// A human-readable form that [`Rule::parse`] reads back unchanged.
    pub fn describe(&self) -> String {
        match self {
            Rule::CalendarDays(n) => format!("{n} calendar {}", plural_days(*n)),
            Rule::BusinessDays(n) => format!("{n} business {}", plural_days(*n)),
            Rule::Fixed(date) => date.format("%Y-%m-%d").to_string(),
        }
    }
}

fn plural_days(n: u32) -> &'static str {
    if n == 1 {
        "day"
    } else {
        "days"
    }
}

fn parse_count(word: &str) -> Result<u32, String> {
    word.parse::<u32>()
        .map_err(|_| format!("\"{word}\" is not a number of days: use a whole number like 14"))
}

/// Digits and dashes only: the writer meant a date, so say what is wrong
/// with it rather than listing every accepted form.
fn looks_like_date(text: &str) -> bool {
    text.contains('-') && text.chars().all(|c| c.is_ascii_digit() || c == '-')
}

/// The due date under `rule` for a directive signed on `signed`.
/// Saturates at the last representable date instead of overflowing.
pub fn due_date(signed: NaiveDate, rule: &Rule) -> NaiveDate {
    match rule {
        Rule::CalendarDays(n) => add_days(signed, u64::from(*n)),
        Rule::BusinessDays(n) => add_business_days(signed, *n),
        Rule::Fixed(date) => *date,
    }
}

fn add_days(date: NaiveDate, n: u64) -> NaiveDate {
    date.checked_add_days(Days::new(n))
        .unwrap_or(NaiveDate::MAX)
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn add_business_days(signed: NaiveDate, n: u32) -> NaiveDate {
    if n == 0 {
        return signed;
    }
    // Any 7 consecutive days hold exactly 5 weekdays, so whole weeks can be
    // jumped. Keep the last 1–5 business days for the walk so the result
    // lands on a weekday (jumping all of them could land on a weekend).
    let whole_weeks = (n - 1) / 5;
    let mut remaining = n - whole_weeks * 5;
    let mut date = add_days(signed, u64::from(whole_weeks) * 7);
    while remaining > 0 {
        let Some(next) = date.succ_opt() else {
            return NaiveDate::MAX;
        };
        date = next;
        if !is_weekend(date) {
            remaining -= 1;
        }
    }
    date
}
