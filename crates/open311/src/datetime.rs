//! W3C-profile ISO 8601 datetimes (https://www.w3.org/TR/NOTE-datetime), which the spec
//! requires to carry a timezone.

use chrono::{DateTime, FixedOffset, SecondsFormat};

/// Renders `2026-11-29T09:15:00-08:00`, or `…Z` for a zero offset.
///
/// Takes a `FixedOffset` so the server can render Los Angeles local time (the offset
/// comes from its own timezone handling; this crate has no timezone database). Fractions
/// of a second are dropped: the W3C profile allows them, but every example in the spec
/// has whole seconds and clients parse those most reliably.
pub(crate) fn format_w3c(datetime: &DateTime<FixedOffset>) -> String {
    datetime.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Parses a W3C datetime that has a time and a timezone: `YYYY-MM-DDThh:mmTZD`,
/// `…hh:mm:ssTZD` or `…hh:mm:ss.sTZD`. The date-only forms of the W3C note are refused
/// because the spec says timezone information must be included.
///
/// One repair is made: a space where the offset's `+` belongs (`…00:00 08:00`), because
/// that is what an unencoded `+` in a query string decodes to and the intent is clear.
pub(crate) fn parse_w3c(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = restore_plus_sign(text.trim());
    if let Ok(datetime) = DateTime::parse_from_rfc3339(&text) {
        return Some(datetime);
    }
    parse_without_seconds(&text)
}

fn parse_without_seconds(text: &str) -> Option<DateTime<FixedOffset>> {
    let with_offset = match text.strip_suffix(['Z', 'z']) {
        Some(local) => format!("{local}+00:00"),
        None => text.to_string(),
    };
    DateTime::parse_from_str(&with_offset, "%Y-%m-%dT%H:%M%:z").ok()
}

fn restore_plus_sign(text: &str) -> String {
    let bytes = text.as_bytes();
    // "hh:mm" offset is the last 5 bytes, so the lost '+' sits just before them.
    let space_at = bytes.len().wrapping_sub(6);
    let looks_like_lost_plus = bytes.len() > 6
        && bytes[space_at] == b' '
        && bytes[space_at + 3] == b':'
        && text.contains('T');
    if looks_like_lost_plus {
        let mut repaired = text.to_string();
        repaired.replace_range(space_at..space_at + 1, "+");
        repaired
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Option<String> {
        parse_w3c(text).map(|datetime| format_w3c(&datetime))
    }

    #[test]
    fn formats_offsets_and_utc() {
        let pacific = DateTime::parse_from_rfc3339("2026-11-29T09:15:00.250-08:00").unwrap();
        assert_eq!(format_w3c(&pacific), "2026-11-29T09:15:00-08:00");
        let utc = DateTime::parse_from_rfc3339("1994-11-05T13:15:30+00:00").unwrap();
        assert_eq!(format_w3c(&utc), "1994-11-05T13:15:30Z");
    }

    #[test]
    fn parses_the_w3c_forms_with_a_timezone() {
        assert_eq!(
            parsed("2010-01-01T00:00:00Z").as_deref(),
            Some("2010-01-01T00:00:00Z")
        );
        assert_eq!(
            parsed("1994-11-05T08:15:30-05:00").as_deref(),
            Some("1994-11-05T08:15:30-05:00")
        );
        assert_eq!(
            parsed("2010-01-01T10:20Z").as_deref(),
            Some("2010-01-01T10:20:00Z")
        );
        assert_eq!(
            parsed("2010-01-01T10:20+01:00").as_deref(),
            Some("2010-01-01T10:20:00+01:00")
        );
        assert_eq!(
            parsed("2010-01-01T10:20:30.45Z").as_deref(),
            Some("2010-01-01T10:20:30Z")
        );
    }

    #[test]
    fn repairs_a_plus_lost_to_form_decoding() {
        assert_eq!(
            parsed("2010-01-01T00:00:00 08:00").as_deref(),
            Some("2010-01-01T00:00:00+08:00")
        );
    }

    #[test]
    fn refuses_datetimes_without_a_timezone_or_time() {
        assert_eq!(parsed("2010-01-01T00:00:00"), None);
        assert_eq!(parsed("2010-01-01"), None);
        assert_eq!(parsed("2010"), None);
        assert_eq!(parsed("yesterday"), None);
        assert_eq!(parsed(""), None);
    }
}
