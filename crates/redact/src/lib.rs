//! Finds personal information in free text and removes it, before anything is stored.
//!
//! Pure: no I/O, no global state beyond the built-in lexicons. It over-redacts rather than
//! under-redacts: a report that loses a word is better than one that exposes a person.
//!
//! ```
//! let r = redact::redact("Agent asked for Maria Lopez, call 213-555-0147.");
//! assert_eq!(r.text, "Agent asked for [NAME], call [PHONE].");
//! assert_eq!(r.findings.len(), 2);
//! ```

mod address;
mod email;
mod name_context;
mod name_cues;
mod names;
mod numbers;
mod text;

/// What kind of personal information a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Name,
    Phone,
    Email,
    Ssn,
    ANumber,
    Address,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Name,
        Kind::Phone,
        Kind::Email,
        Kind::Ssn,
        Kind::ANumber,
        Kind::Address,
    ];

    /// The placeholder left in the text.
    pub fn placeholder(self) -> &'static str {
        match self {
            Kind::Name => "[NAME]",
            Kind::Phone => "[PHONE]",
            Kind::Email => "[EMAIL]",
            Kind::Ssn => "[SSN]",
            Kind::ANumber => "[A-NUMBER]",
            Kind::Address => "[ADDRESS]",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Ssn => "ssn",
            Kind::ANumber => "a_number",
            Kind::Address => "address",
        }
    }
}

/// A span of the original text (byte offsets, on character boundaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Redacted {
    /// The text with every finding replaced by its placeholder.
    pub text: String,
    /// What was removed, in order, as spans of the original text.
    pub findings: Vec<Finding>,
}

impl Redacted {
    /// The removed pieces with their kinds, for showing the reporter before they confirm.
    pub fn removed<'a>(&self, original: &'a str) -> Vec<(Kind, &'a str)> {
        self.findings
            .iter()
            .filter_map(|f| original.get(f.start..f.end).map(|s| (f.kind, s)))
            .collect()
    }
}

/// Every span of personal information, sorted and without overlaps.
pub fn find(text: &str) -> Vec<Finding> {
    find_except(text, &[])
}

/// As [`find`], leaving out the kinds in `keep` before overlapping spans are merged, so a name
/// that overlaps a kept address is still found as a name.
pub fn find_except(text: &str, keep: &[Kind]) -> Vec<Finding> {
    let mut all = Vec::new();
    email::find(text, &mut all);
    numbers::find(text, &mut all);
    address::find(text, &mut all);
    names::find(text, &mut all);
    all.retain(|f| !keep.contains(&f.kind));
    merge(all)
}

/// Replaces every finding with its placeholder.
pub fn redact(text: &str) -> Redacted {
    let findings = find(text);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in &findings {
        out.push_str(&text[at..f.start]);
        out.push_str(f.kind.placeholder());
        at = f.end;
    }
    out.push_str(&text[at..]);
    Redacted {
        text: out,
        findings,
    }
}

/// Overlapping findings become one; the kind of the earliest-found (more specific) wins.
fn merge(mut all: Vec<Finding>) -> Vec<Finding> {
    // Detectors run most specific first; keep that order among equal starts.
    let order: Vec<usize> = (0..all.len()).collect();
    let mut indexed: Vec<(Finding, usize)> = all.drain(..).zip(order).collect();
    indexed.sort_by_key(|(f, i)| (f.start, *i));
    let mut out: Vec<(Finding, usize)> = Vec::new();
    for (f, i) in indexed {
        match out.last_mut() {
            Some((last, li)) if f.start < last.end => {
                if f.end > last.end {
                    last.end = f.end;
                }
                if i < *li {
                    last.kind = f.kind;
                    *li = i;
                }
            }
            _ => out.push((f, i)),
        }
    }
    out.into_iter().map(|(f, _)| f).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_overlaps_and_keeps_text_between() {
        let r = redact("Write to ana.lopez@example.org or 818.555.0199 today.");
        assert_eq!(r.text, "Write to [EMAIL] or [PHONE] today.");
        assert_eq!(
            r.removed("Write to ana.lopez@example.org or 818.555.0199 today."),
            vec![
                (Kind::Email, "ana.lopez@example.org"),
                (Kind::Phone, "818.555.0199")
            ]
        );
    }

    #[test]
    fn empty_and_plain_text_pass_through() {
        assert_eq!(redact("").text, "");
        let s = "Two agents in vests at 10:30 on 2025-07-11, Form I-200 shown.";
        assert_eq!(redact(s).text, s);
    }
}
