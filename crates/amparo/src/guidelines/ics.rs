//! The working group's meetings as an iCalendar feed (RFC 5545): one VEVENT per meeting,
//! times in UTC, text escaped, lines folded at 75 octets, CRLF line ends.

use chrono::{DateTime, Utc};

pub struct Event<'a> {
    pub uid: String,
    pub sequence: i64,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    pub summary: &'a str,
    pub location: &'a str,
    pub url: &'a str,
    pub description: &'a str,
    pub updated: DateTime<Utc>,
}

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// TEXT values: backslash, semicolon and comma escaped; new lines as `\n`.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line, folded so no line is longer than 75 octets (never inside a character).
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

pub fn calendar(name: &str, events: &[Event]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//amparo//working group//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", e.uid));
        line(&mut out, &format!("DTSTAMP:{}", stamp(e.updated)));
        line(&mut out, &format!("SEQUENCE:{}", e.sequence));
        line(&mut out, &format!("DTSTART:{}", stamp(e.starts)));
        line(&mut out, &format!("DTEND:{}", stamp(e.ends)));
        line(&mut out, &format!("SUMMARY:{}", text(e.summary)));
        if !e.location.is_empty() {
            line(&mut out, &format!("LOCATION:{}", text(e.location)));
        }
        if !e.url.is_empty() {
            line(&mut out, &format!("URL:{}", e.url));
        }
        if !e.description.is_empty() {
            line(&mut out, &format!("DESCRIPTION:{}", text(e.description)));
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn escapes_folds_and_ends_lines_with_crlf() {
        let t = Utc.with_ymd_and_hms(2026, 12, 3, 18, 0, 0).unwrap();
        let long = "Agenda: ".to_string() + &"ñ".repeat(60) + "; item, two\nthree";
        let ics = calendar(
            "Working group",
            &[Event {
                uid: "meeting-1@amparo".into(),
                sequence: 2,
                starts: t,
                ends: t + chrono::Duration::hours(2),
                summary: "Guidelines, first reading",
                location: "City Hall, Room 1060",
                url: "",
                description: &long,
                updated: t,
            }],
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART:20261203T180000Z\r\n"));
        assert!(ics.contains("SUMMARY:Guidelines\\, first reading\r\n"));
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("\\; item\\, two\\nthree"), "{unfolded}");
        assert!(!ics.contains("URL:"));
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "{l}");
            assert!(!l.contains('\n'));
        }
        assert!(ics.contains("\r\n "), "the long description is folded");
    }
}
