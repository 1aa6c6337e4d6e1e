//! Checks of one non-empty cell against its field's type, format and enum.
//! Hand-written on bytes (no regex or date crates) so they cannot panic on
//! any input and add no dependencies.

use crate::{FieldDef, Format, Kind};

/// Why `value` does not fit `field`, or `None` if it does. Only the first
/// problem is reported: a bad date that is also outside an enum is one fix.
pub(crate) fn cell(field: &FieldDef, value: &str) -> Option<String> {
    let type_ok = match field.kind {
        Kind::String => true,
        Kind::Number => is_number(value),
        Kind::Integer => value.parse::<i64>().is_ok(),
        Kind::Boolean => is_boolean(value),
        Kind::Date => is_date(value),
        Kind::DateTime => is_datetime(value),
        Kind::Time => is_time(value),
    };
    if !type_ok {
        return Some(type_message(field.kind).into());
    }
    let format_ok = match field.format {
        None => true,
        Some(Format::Uuid) => is_uuid(value),
        Some(Format::Email) => is_email(value),
        Some(Format::Uri) => is_uri(value),
    };
    if !format_ok {
        return Some(
            match field.format {
                Some(Format::Uuid) => "must be a UUID like 3f7b145d-84af-42d7-8fae-eaca714b02b2",
                Some(Format::Email) => "must be an email address like name@example.org",
                _ => "must be a URI with a scheme, like https://example.org",
            }
            .into(),
        );
    }
    match &field.allowed {
        Some(allowed) if !allowed.iter().any(|a| a == value) => {
            Some(format!("must be one of {}", allowed.join(", ")))
        }
        _ => None,
    }
}

fn type_message(kind: Kind) -> &'static str {
    match kind {
        Kind::String => "must be text",
        Kind::Number => "must be a number",
        Kind::Integer => "must be a whole number",
        Kind::Boolean => "must be true or false",
        Kind::Date => "must be a date as YYYY-MM-DD",
        Kind::DateTime => "must be a date and time like 2023-03-15T10:30:45Z",
        Kind::Time => "must be a time as HH:MM or HH:MM:SS",
    }
}

/// A finite decimal number. Rust's parser also takes `inf`/`NaN`, which the
/// finiteness check rejects; those have no CSV or JSON meaning here.
pub(crate) fn is_number(s: &str) -> bool {
    s.parse::<f64>().is_ok_and(f64::is_finite)
}

/// Frictionless's default true/false spellings.
fn is_boolean(s: &str) -> bool {
    matches!(
        s,
        "true" | "True" | "TRUE" | "1" | "false" | "False" | "FALSE" | "0"
    )
}

/// `n` ASCII digits at the start of `b`, as a number.
fn digits(b: &[u8], n: usize) -> Option<u32> {
    let part = b.get(..n)?;
    part.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

fn date_bytes(b: &[u8]) -> bool {
    let part = |at: usize, n: usize| b.get(at..).and_then(|r| digits(r, n));
    let (Some(y), Some(m), Some(d)) = (part(0, 4), part(5, 2), part(8, 2)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    b.len() == 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-') && (1..=days).contains(&d)
}

pub(crate) fn is_date(s: &str) -> bool {
    date_bytes(s.as_bytes())
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, then optionally `Z` or `±HH:MM`.
/// Seconds may be 60 (leap second, as RFC 3339 allows).
fn time_bytes(b: &[u8], offset_ok: bool) -> bool {
    let (Some(h), Some(m)) = (digits(b, 2), b.get(3..).and_then(|r| digits(r, 2))) else {
        return false;
    };
    if h > 23 || m > 59 || b.get(2) != Some(&b':') {
        return false;
    }
    let mut rest = b.get(5..).unwrap_or_default();
    if rest.first() == Some(&b':') {
        match rest.get(1..).and_then(|r| digits(r, 2)) {
            Some(s) if s <= 60 => rest = rest.get(3..).unwrap_or_default(),
            _ => return false,
        }
        if rest.first() == Some(&b'.') {
            let n = rest
                .iter()
                .skip(1)
                .take_while(|c| c.is_ascii_digit())
                .count();
            if n == 0 {
                return false;
            }
            rest = rest.get(1 + n..).unwrap_or_default();
        }
    }
    match rest {
        [] => true,
        _ if !offset_ok => false,
        [b'Z' | b'z'] => true,
        [b'+' | b'-', off @ ..] => {
            off.len() == 5
                && off.get(2) == Some(&b':')
                && digits(off, 2).is_some_and(|h| h <= 23)
                && off
                    .get(3..)
                    .and_then(|r| digits(r, 2))
                    .is_some_and(|m| m <= 59)
        }
        _ => false,
    }
}

pub(crate) fn is_time(s: &str) -> bool {
    time_bytes(s.as_bytes(), true)
}

/// RFC 3339 / ISO 8601 date-time; the offset is optional (ISO local time)
/// and a space may stand for `T`, as RFC 3339 permits.
pub(crate) fn is_datetime(s: &str) -> bool {
    let b = s.as_bytes();
    matches!(b.get(10), Some(b'T' | b't' | b' '))
        && b.get(..10).is_some_and(date_bytes)
        && b.get(11..).is_some_and(|t| time_bytes(t, true))
}

/// 8-4-4-4-12 hex digits, either case, any version.
pub(crate) fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Deliberately loose (full RFC 5322 is not useful here): one `@`, text on
/// both sides, a dot inside the domain, no whitespace.
pub(crate) fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
        && domain
            .split_once('.')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !domain.ends_with('.'))
}

/// An absolute URI: an RFC 3986 scheme then `:` and something. Schemes of one
/// letter are refused so Windows paths like `C:\x` do not pass; web schemes
/// must have `//` and a host.
pub(crate) fn is_uri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let scheme_ok = scheme.len() >= 2
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    scheme_ok
        && !rest.is_empty()
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && (!web
            || rest
                .strip_prefix("//")
                .is_some_and(|h| !h.is_empty() && !h.starts_with('/')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        assert!(is_number("35") && is_number("-1.5e3") && !is_number("inf") && !is_number(""));
        assert!(is_date("2024-02-29") && !is_date("2023-02-29") && !is_date("2023-1-01"));
        assert!(!is_date("2023-13-01") && !is_date("2023-01-01x"));
        assert!(is_datetime("2023-03-15T10:30:45.123Z") && is_datetime("2023-03-15T10:30"));
        assert!(is_datetime("2023-03-15 10:30:45+01:00") && !is_datetime("2023-03-15"));
        assert!(!is_datetime("2023-03-15T10:30:45.Z") && !is_datetime("2023-03-15T25:00"));
        assert!(is_time("10:00") && is_time("18:00:00") && is_time("09:30:00-05:00"));
        assert!(is_time("09:30Z") && !is_time("9:30") && !is_time("10:00:00+1"));
        assert!(is_uuid("3F7B145D-84af-42d7-8fae-eaca714b02b2") && !is_uuid("3f7b145d84af42d7"));
        assert!(is_email("a@b.org") && !is_email("a@b") && !is_email("a@@b.org"));
        assert!(!is_email("@b.org") && !is_email("a b@c.org") && !is_email("a@b."));
        assert!(is_uri("http://example.com") && is_uri("mailto:a@b.org") && is_uri("tel:+441"));
        assert!(!is_uri("example.com") && !is_uri("http:/x") && !is_uri("C:\\x"));
        assert!(!is_uri("https://exa mple.com") && !is_uri("http://"));
    }
}
