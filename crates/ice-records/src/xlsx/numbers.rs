//! Cell values that need interpretation: date serial numbers, number text, date formats
//! and OOXML's `_xHHHH_` character escapes.

/// Built-in number formats that are dates or times (ECMA-376 §18.8.30). Ids 27–36 and
/// 50–58 are dates only in East Asian locales, so they are not treated as dates.
fn is_builtin_date_format(id: u32) -> bool {
    (14..=22).contains(&id) || (45..=47).contains(&id)
}

/// Whether a custom format code shows a date or time: a y/m/d/h/s outside quoted text,
/// `[…]` sections (colours, conditions, locales; `[h]` elapsed time is not a calendar
/// date), and backslash- or `_`/`*`-escaped characters.
pub fn is_date_format_code(code: &str) -> bool {
    let mut chars = code.chars();
    let mut quoted = false;
    let mut bracket = false;
    while let Some(c) = chars.next() {
        match c {
            '"' if !bracket => quoted = !quoted,
            _ if quoted => {}
            '[' => bracket = true,
            ']' => bracket = false,
            _ if bracket => {}
            '\\' | '_' | '*' => {
                chars.next();
            }
            'y' | 'Y' | 'm' | 'M' | 'd' | 'D' | 'h' | 'H' | 's' | 'S' => return true,
            _ => {}
        }
    }
    false
}

/// Whether a number format id is a date, given the workbook's custom formats (a custom
/// definition wins over the built-in meaning of the same id).
pub fn is_date_format(id: u32, custom: &[(u32, String)]) -> bool {
    match custom.iter().find(|(i, _)| *i == id) {
        Some((_, code)) => is_date_format_code(code),
        None => is_builtin_date_format(id),
    }
}

/// Days from 1970-01-01 to a civil date's day (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days from 1970-01-01 back to 1899-12-30 and to 1904-01-01.
const EPOCH_1900: i64 = -25_569;
const EPOCH_1904: i64 = -24_107;
/// 9999-12-31 in the 1900 system; later serials are not dates.
const MAX_SERIAL: f64 = 2_958_466.0;

/// A date serial as `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS` when it has a time part
/// (rounded to the second). `None` when the number is not a plausible date, in which
/// case the caller shows it as a number.
///
/// The 1900 system counts 1900-02-29, which did not exist (a Lotus 1-2-3 bug Excel kept):
/// serials below 60 are shifted by a day, and 60 itself is returned as `1900-02-29` so
/// the date check reports it as impossible rather than silently moving it.
pub fn serial_to_date(serial: f64, date1904: bool) -> Option<String> {
    if !(0.0..MAX_SERIAL).contains(&serial) {
        return None;
    }
    let mut days = serial.floor() as i64;
    let mut seconds = ((serial - serial.floor()) * 86_400.0).round() as i64;
    if seconds >= 86_400 {
        days += 1;
        seconds -= 86_400;
    }
    let epoch_days = if date1904 {
        days + EPOCH_1904
    } else {
        match days {
            0 => return None,
            60 => return Some(with_time("1900-02-29".to_string(), seconds)),
            d if d < 60 => d + 1 + EPOCH_1900,
            d => d + EPOCH_1900,
        }
    };
    let (y, m, d) = civil_from_days(epoch_days);
    Some(with_time(format!("{y:04}-{m:02}-{d:02}"), seconds))
}

fn with_time(date: String, seconds: i64) -> String {
    if seconds == 0 {
        date
    } else {
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        format!("{date} {h:02}:{m:02}:{s:02}")
    }
}

/// Number text as a spreadsheet would show it in General format: integers without `.0`,
/// other values in the shortest form that reads back the same. Text that is not a finite
/// number is returned unchanged.
pub fn number_text(raw: &str) -> String {
    let raw = raw.trim();
    match raw.parse::<f64>() {
        Ok(v) if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 => {
            format!("{}", v as i64)
        }
        Ok(v) if v.is_finite() => format!("{v}"),
        _ => raw.to_string(),
    }
}

/// Undoes OOXML's `_xHHHH_` escapes (Excel writes a carriage return as `_x000D_`).
pub fn unescape_ooxml(text: &str) -> String {
    if !text.contains("_x") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("_x") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let code = from
            .get(2..6)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .filter(|_| from.get(6..7) == Some("_"))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                out.push(c);
                rest = from.get(7..).unwrap_or_default();
            }
            None => {
                out.push_str("_x");
                rest = from.get(2..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serials_become_dates() {
        assert_eq!(
            serial_to_date(44498.0, false).as_deref(),
            Some("2021-10-29")
        );
        assert_eq!(serial_to_date(1.0, false).as_deref(), Some("1900-01-01"));
        assert_eq!(serial_to_date(59.0, false).as_deref(), Some("1900-02-28"));
        assert_eq!(serial_to_date(61.0, false).as_deref(), Some("1900-03-01"));
        assert_eq!(serial_to_date(0.0, true).as_deref(), Some("1904-01-01"));
        assert_eq!(
            serial_to_date(45658.75, false).as_deref(),
            Some("2025-01-01 18:00:00")
        );
        assert_eq!(
            serial_to_date(45_658.999_999_9, false).as_deref(),
            Some("2025-01-02")
        );
        assert_eq!(serial_to_date(-1.0, false), None);
        assert_eq!(serial_to_date(f64::NAN, false), None);
    }

    #[test]
    fn date_format_codes() {
        assert!(is_date_format_code("yyyy\\-mm\\-dd"));
        assert!(is_date_format_code("[$-409]d-mmm-yy;@"));
        assert!(!is_date_format_code("General"));
        assert!(!is_date_format_code("0.00\"days\""));
        assert!(!is_date_format_code("[Red]0.00"));
        assert!(!is_date_format_code("#,##0_);(#,##0)"));
        assert!(is_date_format(14, &[]));
        assert!(!is_date_format(14, &[(14, "0.00".to_string())]));
        assert!(!is_date_format(164, &[(164, "General".to_string())]));
    }

    #[test]
    fn numbers_and_escapes() {
        assert_eq!(number_text("23"), "23");
        assert_eq!(number_text("2021.0"), "2021");
        assert_eq!(number_text("47.2492353"), "47.2492353");
        assert_eq!(number_text("0.1"), "0.1");
        assert_eq!(number_text("-0"), "0");
        assert_eq!(number_text("abc"), "abc");
        assert_eq!(unescape_ooxml("a_x000D_b"), "a\rb");
        assert_eq!(unescape_ooxml("snake_xcase_x00"), "snake_xcase_x00");
    }
}
