//! FOIA redaction markers such as `(b)(6), (b)(7)(c)`.
//!
//! ICE writes the exemption codes in many spellings (see the tests for the full table).
//! A cell is a marker only when its *whole* content is exemption codes and separators, so a
//! charge text like `8 USC 1326(b)(1)` is never mistaken for a redaction.

/// Returns the normalised exemption codes (e.g. `"b6,b7c"`) when the whole cell is a
/// redaction marker, `None` otherwise.
///
/// Grammar, case-insensitive, spaces/commas/semicolons/`&` between codes ignored:
/// `b` or `(b)`, then `(N)` with N digits, then — only for exemption 7, whose subsections
/// are letters a–f — an optional subsection letter written `(c)` or bare `c`.
/// Restricting the subsection to exemption 7 is what lets `(b)(6)(b)(7)(c)` split
/// correctly: the `(b)` after `(6)` starts the next code, it is not a subsection of 6.
/// Duplicate codes are kept once, in first-seen order.
pub fn is_redaction_marker(cell: &str) -> Option<String> {
    if !could_be_marker(cell) {
        return None;
    }
    let lower = cell.trim().to_ascii_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut codes: Vec<String> = Vec::new();
    let mut at = 0;
    loop {
        at = skip_separators(&chars, at);
        if at >= chars.len() {
            break;
        }
        let (code, next) = parse_code(&chars, at)?;
        if !codes.contains(&code) {
            codes.push(code);
        }
        at = next;
    }
    if codes.is_empty() {
        None
    } else {
        Some(codes.join(","))
    }
}

/// A cheap test, without allocating, that rules out almost every cell: a marker starts with
/// `b` or `(` and holds nothing but code characters and separators. Every cell of every
/// row passes through here, so the full parse runs only on the few that might be markers.
fn could_be_marker(cell: &str) -> bool {
    let t = cell.trim();
    matches!(t.as_bytes().first(), Some(b'b' | b'B' | b'('))
        && t.bytes().all(|c| {
            matches!(c, b'(' | b')' | b' ' | b',' | b';' | b'&' | b'\t')
                || c.is_ascii_digit()
                || matches!(c.to_ascii_lowercase(), b'a'..=b'f')
        })
}

fn skip_separators(chars: &[char], mut at: usize) -> usize {
    while at < chars.len() && matches!(chars[at], ' ' | ',' | ';' | '&' | '\t') {
        at += 1;
    }
    at
}

/// Parses one code starting at `at`; returns the code (e.g. `b7c`) and the index after it.
fn parse_code(chars: &[char], mut at: usize) -> Option<(String, usize)> {
    // "b" or "(b)"
    if chars.get(at) == Some(&'(')
        && chars.get(at + 1) == Some(&'b')
        && chars.get(at + 2) == Some(&')')
    {
        at += 3;
    } else if chars.get(at) == Some(&'b') {
        at += 1;
    } else {
        return None;
    }
    // "(N)"
    if chars.get(at) != Some(&'(') {
        return None;
    }
    at += 1;
    let digits_start = at;
    while chars.get(at).is_some_and(|c| c.is_ascii_digit()) {
        at += 1;
    }
    if at == digits_start || chars.get(at) != Some(&')') {
        return None;
    }
    let number: String = chars[digits_start..at].iter().collect();
    at += 1;
    let mut code = format!("b{number}");
    if number == "7" {
        let is_subsection = |c: Option<&char>| c.is_some_and(|c| ('a'..='f').contains(c));
        if chars.get(at) == Some(&'(')
            && is_subsection(chars.get(at + 1))
            && chars.get(at + 2) == Some(&')')
            && !starts_next_code(chars, at + 1, at + 3)
        {
            code.push(chars[at + 1]);
            at += 3;
        } else if is_subsection(chars.get(at)) && !starts_next_code(chars, at, at + 1) {
            code.push(chars[at]);
            at += 1;
        }
    }
    Some((code, at))
}

/// A `b` followed by `(` (after its own closing paren, if any) begins the next code
/// (`(b)(7)(b)(6)`), so it must not be read as exemption 7's subsection b.
fn starts_next_code(chars: &[char], letter_at: usize, after: usize) -> bool {
    chars[letter_at] == 'b' && chars.get(after) == Some(&'(')
}
