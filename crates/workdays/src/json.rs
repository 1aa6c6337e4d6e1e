//! Hand-written JSON for [`Deadlines`], so the crate needs no serde.

use crate::foia::{Deadline, Deadlines};

/// A JSON string literal, quotes included (RFC 8259 section 7).
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn deadline_json(d: Option<&Deadline>) -> String {
    match d {
        None => "null".to_string(),
        Some(d) => format!(
            "{{\"date\":\"{}\",\"rule\":{}}}",
            d.date.format("%Y-%m-%d"),
            json_string(&d.rule)
        ),
    }
}

impl Deadlines {
    /// `{"response_due": {...}, "extended_due": {...}|null,
    /// "expedite_decision_due": {...}, "appeal_due": {...}|null,
    /// "appeal_decision_due": {...}|null}`, each object `{"date", "rule"}`.
    pub fn to_json(&self) -> String {
        let fields = [
            ("response_due", Some(&self.response_due)),
            ("extended_due", self.extended_due.as_ref()),
            ("expedite_decision_due", Some(&self.expedite_decision_due)),
            ("appeal_due", self.appeal_due.as_ref()),
            ("appeal_decision_due", self.appeal_decision_due.as_ref()),
        ];
        let body: Vec<String> = fields
            .iter()
            .map(|(key, d)| format!("{}:{}", json_string(key), deadline_json(*d)))
            .collect();
        format!("{{{}}}", body.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::json_string;

    #[test]
    fn escapes_quotes_backslashes_and_controls() {
        assert_eq!(json_string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
        assert_eq!(
            json_string("Washington's Birthday"),
            "\"Washington's Birthday\""
        );
    }
}
