//! Turning source cell text into normalised values.

use crate::record::{Criminality, Method};

/// A parsed date (and time, when one was given that is not midnight padding).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTime {
    pub date: String,
    pub time: Option<String>,
}

/// Accepts `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM[:SS]` with an
/// optional `Z` or fractional seconds, and `M/D/YYYY` (spreadsheet exports). Checks that
/// the day exists (leap years included). `Err` carries a message for the report.
pub fn parse_date(cell: &str) -> Result<DateTime, String> {
    let text = cell.trim();
    let bad = || format!("bad date {text:?}");
    let (date_part, time_part) = match text.find(['T', ' ']) {
        Some(i) => (&text[..i], Some(text[i + 1..].trim())),
        None => (text, None),
    };
    let (year, month, day) = if date_part.contains('/') {
        let parts: Vec<&str> = date_part.split('/').collect();
        match parts.as_slice() {
            [m, d, y] if y.len() == 4 => (number(y), number(m), number(d)),
            _ => return Err(bad()),
        }
    } else {
        let parts: Vec<&str> = date_part.split('-').collect();
        match parts.as_slice() {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                (number(y), number(m), number(d))
            }
            _ => return Err(bad()),
        }
    };
    let (Some(year), Some(month), Some(day)) = (year, month, day) else {
        return Err(bad());
    };
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return Err(bad());
    }
    let time = match time_part {
        None | Some("") => None,
        Some(t) => parse_time(t).ok_or_else(bad)?,
    };
    Ok(DateTime {
        date: format!("{year:04}-{month:02}-{day:02}"),
        time,
    })
}

/// `Some(None)` for midnight (the padding releases add to plain dates), `Some(Some(..))`
/// for a real time, `None` when unreadable.
fn parse_time(text: &str) -> Option<Option<String>> {
    let text = text.trim_end_matches('Z');
    let text = text.split('.').next().unwrap_or(text);
    let parts: Vec<&str> = text.split(':').collect();
    let (h, m, s) = match parts.as_slice() {
        [h, m] => (number(h)?, number(m)?, 0),
        [h, m, s] => (number(h)?, number(m)?, number(s)?),
        _ => return None,
    };
    if h > 23 || m > 59 || s > 59 {
        return None;
    }
    if (h, m, s) == (0, 0, 0) {
        Some(None)
    } else {
        Some(Some(format!("{h:02}:{m:02}:{s:02}")))
    }
}

fn number(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// Groups apprehension methods. Values seen in the fixtures and where they go:
///
/// * Custodial — BLN `Custodial`; I-213 `Custodial Arrest`, `CAP Federal Incarceration`,
///   `CAP State Incarceration`, `CAP Local Incarceration`, `Criminal Alien Program`,
///   `287(g) Program`, `Other Agency (turned over to INS)`: the person was already held
///   by a jail, prison or other agency.
/// * AtLarge — BLN `At-large`; I-213 `Non-Custodial Arrest`; any `at large` spelling.
/// * Other — everything else (`Located`, `Other efforts`, `ERO Reprocessed Arrest`,
///   `Worksite Enforcement`, task forces, `Probation and Parole`, `Traffic Check`, …):
///   the label alone does not say whether the person was in custody, so we do not guess.
pub fn method_from(value: &str) -> Method {
    let v = value.trim().to_lowercase();
    if v.contains("non-custodial")
        || v.contains("non custodial")
        || v.contains("at-large")
        || v.contains("at large")
    {
        Method::AtLarge
    } else if v == "custodial"
        || v.contains("custodial arrest")
        || v.starts_with("cap ")
        || v.contains("incarceration")
        || v.contains("criminal alien program")
        || v.contains("287(g)")
        || v.contains("turned over")
    {
        Method::Custodial
    } else {
        Method::Other
    }
}

/// Reads the leading digit (`1 Convicted Criminal`) or, failing that, the words.
/// Big Local News keeps ICE's spelling, so one rule covers both.
pub fn criminality_from(value: &str) -> Criminality {
    let v = value.trim().to_lowercase();
    if v.starts_with('1') || v.contains("convicted") {
        Criminality::Convicted
    } else if v.starts_with('2') || v.contains("pending") {
        Criminality::Pending
    } else if v.starts_with('3') || v.contains("other immigration violator") {
        Criminality::OtherViolator
    } else {
        Criminality::Unknown
    }
}

/// `M`/`F` (I-213) become `Male`/`Female` (DDP, BLN); other values are kept as given.
pub fn gender_from(value: &str) -> String {
    match value.trim().to_ascii_uppercase().as_str() {
        "M" | "MALE" => "Male".to_string(),
        "F" | "FEMALE" => "Female".to_string(),
        _ => value.trim().to_string(),
    }
}

/// Landmarks that name an office's area or docket, not the place of arrest.
pub fn is_office_area(landmark: &str) -> bool {
    let v = landmark.to_uppercase();
    v.contains("GENERAL AREA") || v.contains("NON-SPECIFIC") || v.contains("DOCKET")
}

/// The `CHARGE_DESCRIPTION` values of an I-213 charges JSON array, joined by `; `.
/// A tiny scanner rather than a JSON parser: the arrays are flat objects of strings, and
/// the crate is limited to two dependencies.
pub fn charge_descriptions(json: &str) -> Option<String> {
    const KEY: &str = "\"CHARGE_DESCRIPTION\":\"";
    let mut found: Vec<String> = Vec::new();
    let mut rest = json;
    while let Some(start) = rest.find(KEY) {
        rest = &rest[start + KEY.len()..];
        let mut value = String::new();
        let mut chars = rest.char_indices();
        let mut end = rest.len();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, escaped)) = chars.next() {
                        value.push(escaped);
                    }
                }
                '"' => {
                    end = i + 1;
                    break;
                }
                _ => value.push(c),
            }
        }
        rest = &rest[end..];
        let value = value.trim().to_string();
        if !value.is_empty() && !found.contains(&value) {
            found.push(value);
        }
    }
    if found.is_empty() {
        None
    } else {
        Some(found.join("; "))
    }
}
