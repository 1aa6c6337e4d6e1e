//! Numbers that identify people: phone numbers, Social Security numbers, A-numbers.
//!
//! Digits are read as tokens (digits joined by `- . ( ) + /`); up to four tokens separated by
//! single spaces are tried together, longest first, against the shapes people write these
//! numbers in. Words before the number ("A#", "USCIS", "SSN", "seguro social") decide between
//! look-alikes and widen the span to cover the marker.

use super::{Finding, Kind};

#[derive(Debug)]
struct Token {
    start: usize,
    end: usize,
    groups: Vec<usize>,
    digits: String,
    seps: String,
}

fn token_char(c: u8) -> bool {
    c.is_ascii_digit() || b"-.()+/".contains(&c)
}

fn tokens(text: &str) -> Vec<Token> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !token_char(b[i])
            || (i > 0 && b[i - 1].is_ascii_alphanumeric() && !is_marker_letter(b, i))
        {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < b.len() && token_char(b[end]) {
            end += 1;
        }
        let mut start = i;
        while start < end && !(b[start].is_ascii_digit() || b[start] == b'(' || b[start] == b'+') {
            start += 1;
        }
        let mut stop = end;
        while stop > start && !b[stop - 1].is_ascii_digit() {
            stop -= 1;
        }
        // A number glued to following letters ("36th", "5pm") is not one of ours.
        let glued = end < b.len() && b[end].is_ascii_alphabetic() && stop == end;
        if stop > start && !glued {
            let raw = &text[start..stop];
            let mut groups = Vec::new();
            let mut run = 0;
            let mut seps = String::new();
            for c in raw.bytes() {
                if c.is_ascii_digit() {
                    run += 1;
                } else {
                    if run > 0 {
                        groups.push(run);
                    }
                    run = 0;
                    seps.push(c as char);
                }
            }
            if run > 0 {
                groups.push(run);
            }
            out.push(Token {
                start,
                end: stop,
                groups,
                digits: raw
                    .bytes()
                    .filter(u8::is_ascii_digit)
                    .map(char::from)
                    .collect(),
                seps,
            });
        }
        i = end.max(i + 1);
    }
    out
}

/// "A123456789": the digits follow a lone letter A, which is a marker, not a word.
fn is_marker_letter(b: &[u8], i: usize) -> bool {
    matches!(b[i - 1], b'A' | b'a') && (i < 2 || !b[i - 2].is_ascii_alphanumeric())
}

const A_MARKERS: &[&str] = &[
    "alien registration number",
    "alien number",
    "alien no",
    "a-number",
    "a number",
    "a-num",
    "a no",
    "numero a",
    "número a",
    "numero de extranjero",
    "número de extranjero",
    "uscis",
    "a",
];

const SSN_MARKERS: &[&str] = &[
    "social security number",
    "social security no",
    "social security",
    "numero de seguro social",
    "número de seguro social",
    "seguro social",
    "ssn",
    "ss",
    "social",
];

/// The marker right before `start`, if any, and where it begins.
fn marker(text: &str, start: usize, markers: &[&str]) -> Option<usize> {
    let before = text[..start].trim_end_matches([' ', '#', ':', '-', '.', 'º', '°']);
    for m in markers {
        let k = m.chars().count();
        let Some((at, _)) = before.char_indices().rev().nth(k - 1) else {
            continue;
        };
        if before[at..].to_lowercase() == *m {
            let boundary = before[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if boundary {
                return Some(at);
            }
        }
    }
    None
}

fn is_date(groups: &[usize], seps: &str) -> bool {
    if seps.contains('/') {
        return true;
    }
    matches!(
        groups,
        [4, 2, 2] | [2, 2, 4] | [1, 2, 4] | [2, 1, 4] | [1, 1, 4] | [2, 2, 2]
    ) && seps.chars().all(|c| c == '-' || c == '.')
}

fn classify(
    groups: &[usize],
    digits: &str,
    seps: &str,
    single_token: bool,
    a_ctx: bool,
    ssn_ctx: bool,
) -> Option<Kind> {
    let n = digits.len();
    if is_date(groups, seps) {
        return None;
    }
    if a_ctx && (7..=9).contains(&n) {
        return Some(Kind::ANumber);
    }
    if ssn_ctx && n == 9 {
        return Some(Kind::Ssn);
    }
    match groups {
        [3, 3, 4] | [3, 7] | [10] => Some(Kind::Phone),
        [1, 3, 3, 4] | [11] if digits.starts_with('1') => Some(Kind::Phone),
        [3, 4] if single_token && !seps.is_empty() => Some(Kind::Phone),
        [3, 2, 4] | [9] => Some(Kind::Ssn),
        [3, 3, 3] => Some(Kind::ANumber),
        _ => None,
    }
}

pub fn find(text: &str, out: &mut Vec<Finding>) {
    let toks = tokens(text);
    let mut i = 0;
    while i < toks.len() {
        let mut found = None;
        for k in (1..=4).rev() {
            if i + k > toks.len() {
                continue;
            }
            let run = &toks[i..i + k];
            if !run.windows(2).all(|w| {
                super::text::gap_is(text, w[0].end, w[1].start, ")") && w[1].start - w[0].end <= 2
            }) {
                continue;
            }
            let groups: Vec<usize> = run.iter().flat_map(|t| t.groups.iter().copied()).collect();
            let digits: String = run.iter().map(|t| t.digits.as_str()).collect();
            let seps: String = run.iter().map(|t| t.seps.as_str()).collect();
            let start = run[0].start;
            let a_at = marker(text, start, A_MARKERS);
            let ssn_at = marker(text, start, SSN_MARKERS);
            if let Some(kind) = classify(
                &groups,
                &digits,
                &seps,
                k == 1,
                a_at.is_some(),
                ssn_at.is_some(),
            ) {
                // "A#", "A-", "USCIS#" belong to the number; label words ("A-number", "SSN") do not.
                let widen = match kind {
                    Kind::ANumber => a_at.and(marker(text, start, &["uscis", "a"])),
                    _ => None,
                };
                found = Some((k, kind, widen.unwrap_or(start), run[k - 1].end));
                break;
            }
        }
        match found {
            Some((k, kind, start, end)) => {
                let end = extend_phone_extension(text, kind, end);
                out.push(Finding { kind, start, end });
                i += k;
            }
            None => i += 1,
        }
    }
}

/// "213-555-0147 ext. 12" keeps the extension with the number.
fn extend_phone_extension(text: &str, kind: Kind, end: usize) -> usize {
    if kind != Kind::Phone {
        return end;
    }
    let rest = &text[end..];
    let lower = rest.to_ascii_lowercase();
    for prefix in [" ext. ", " ext ", " x", " ext.", " extension "] {
        if let Some(after) = lower.strip_prefix(prefix) {
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=5).contains(&digits) {
                return end + prefix.len() + digits;
            }
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use crate::{find, Kind};

    fn kinds(s: &str) -> Vec<(Kind, String)> {
        find(s)
            .into_iter()
            .filter(|f| f.kind != Kind::Address)
            .map(|f| (f.kind, s[f.start..f.end].to_string()))
            .collect()
    }

    #[test]
    fn phones_in_common_formats() {
        for p in [
            "(213) 555-0147",
            "213-555-0147",
            "213.555.0147",
            "213 555 0147",
            "+1 213 555 0147",
            "1-818-555-0199",
            "2135550147",
            "555-0147",
            "(213)555-0147",
            "213-555-0147 ext. 12",
        ] {
            assert_eq!(
                kinds(&format!("call {p} now")),
                vec![(Kind::Phone, p.to_string())],
                "{p}"
            );
        }
    }

    #[test]
    fn ssns_with_or_without_dashes() {
        for s in ["123-45-6789", "123 45 6789", "123456789"] {
            assert_eq!(
                kinds(&format!("number {s}.")),
                vec![(Kind::Ssn, s.to_string())],
                "{s}"
            );
        }
        assert_eq!(
            kinds("SSN: 123-45-6789"),
            vec![(Kind::Ssn, "123-45-6789".into())]
        );
        assert_eq!(
            kinds("su seguro social 123 45 6789"),
            vec![(Kind::Ssn, "123 45 6789".into())]
        );
    }

    #[test]
    fn a_numbers_in_all_their_forms() {
        for a in [
            "A123456789",
            "A-123456789",
            "A 123 456 789",
            "A-123-456-789",
            "A# 123456789",
            "A#123-456-789",
            "USCIS# 123456789",
            "USCIS #123-456-789",
            "A 1234567",
            "a#12345678",
        ] {
            assert_eq!(
                kinds(&format!("card said {a}, then")),
                vec![(Kind::ANumber, a.to_string())],
                "{a}"
            );
        }
        assert_eq!(
            kinds("A-number 12345678"),
            vec![(Kind::ANumber, "12345678".into())]
        );
        assert_eq!(
            kinds("número A 098765432"),
            vec![(Kind::ANumber, "A 098765432".into())]
        );
    }

    #[test]
    fn dates_times_counts_and_case_numbers_stay() {
        for s in [
            "on 07/11/2025 at 10:30",
            "2025-07-11",
            "11-07-2025",
            "3 agents, 2 vehicles",
            "Form I-247A",
            "Ordinance 188441",
            "311 request 25-0012345",
            "1432 W 36th St",
            "badge 4471",
            "ZIP 90012",
            "$1,200",
        ] {
            assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
        }
    }
}
