//! Splitting text into the tokens that are compared: lines, or words/whitespace/punctuation.
//!
//! Tokens are slices of the input, so a word diff rebuilds its input byte for byte. Splits only
//! fall between (approximate) grapheme clusters: an accent written as a combining mark stays
//! with its letter, and an emoji with its skin tone, variation selector or ZWJ partner stays
//! whole. Full Unicode segmentation needs tables this crate does not carry; the ranges below
//! cover the marks seen in English and Spanish plan text and in common emoji.

use std::collections::HashMap;

/// CRLF and lone CR become LF, so a file saved on Windows does not differ on every line.
pub fn normalise_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Lines without their newline. A final newline does not start another (empty) line, and empty
/// text has no lines.
pub fn split_lines(text: &str) -> Vec<&str> {
    let body = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() {
        Vec::new()
    } else {
        body.split('\n').collect()
    }
}

/// What a token is made of; runs of `Word` or `Space` clusters form one token, each `Other`
/// cluster (punctuation, symbol, emoji) is a token of its own.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Space,
    Other,
}

/// Words, whitespace runs and single punctuation/emoji clusters, covering `text` exactly.
pub fn split_words(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut token_start = 0;
    let mut token_class = None;
    for (start, class) in clusters(text) {
        let joins = class != Class::Other && token_class == Some(class);
        if !joins && start > token_start {
            tokens.push(&text[token_start..start]);
            token_start = start;
        }
        token_class = Some(class);
    }
    if token_start < text.len() {
        tokens.push(&text[token_start..]);
    }
    tokens
}

/// Approximate grapheme clusters as (start byte, class of their first char).
fn clusters(text: &str) -> Vec<(usize, Class)> {
    let mut out = Vec::new();
    let mut after_joiner = false;
    // A regional indicator waiting for its partner to complete a flag.
    let mut open_flag = false;
    for (at, c) in text.char_indices() {
        let attaches = is_extender(c) || after_joiner || (open_flag && is_regional_indicator(c));
        if attaches && !out.is_empty() {
            open_flag = false;
        } else {
            out.push((at, classify(c)));
            open_flag = is_regional_indicator(c);
        }
        after_joiner = c == '\u{200D}';
    }
    out
}

fn classify(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if c.is_alphanumeric() || c == '_' {
        Class::Word
    } else {
        Class::Other
    }
}

/// Characters that belong to the cluster before them.
fn is_extender(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'       // combining diacritical marks (á written as a + ́)
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'     // combining marks for symbols (keycap ⃣)
        | '\u{FE00}'..='\u{FE0F}'     // variation selectors (emoji vs text style)
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{200D}'                  // zero-width joiner: the next char joins too
        | '\u{1F3FB}'..='\u{1F3FF}'   // skin tone modifiers
        | '\u{E0020}'..='\u{E007F}'   // tag characters (subdivision flags)
    )
}

/// Two of these in a row make one flag.
fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// Gives equal tokens equal ids across both texts, so the diff compares integers.
pub fn intern<'a>(old: &[&'a str], new: &[&'a str]) -> (Vec<u32>, Vec<u32>) {
    let mut ids: HashMap<&'a str, u32> = HashMap::new();
    let mut id_of = |token: &'a str| {
        let next = ids.len() as u32;
        *ids.entry(token).or_insert(next)
    };
    let old_ids = old.iter().map(|t| id_of(t)).collect();
    let new_ids = new.iter().map(|t| id_of(t)).collect();
    (old_ids, new_ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_ignore_one_final_newline() {
        assert_eq!(split_lines(""), Vec::<&str>::new());
        assert_eq!(split_lines("\n"), vec![""]);
        assert_eq!(split_lines("a\nb"), vec!["a", "b"]);
        assert_eq!(split_lines("a\nb\n"), vec!["a", "b"]);
        assert_eq!(split_lines("a\n\n"), vec!["a", ""]);
    }

    #[test]
    fn words_keep_clusters_whole() {
        assert_eq!(
            split_words("Niños, ¡al refugio! 👍🏽 🇲🇽🇺🇸"),
            vec![
                "Niños", ",", " ", "¡", "al", " ", "refugio", "!", " ", "👍🏽", " ", "🇲🇽", "🇺🇸"
            ]
        );
        assert_eq!(
            split_words("cafe\u{301}  x"),
            vec!["cafe\u{301}", "  ", "x"]
        );
        assert_eq!(split_words("a\n\t b"), vec!["a", "\n\t ", "b"]);
    }

    #[test]
    fn lone_carriage_returns_become_newlines() {
        assert_eq!(normalise_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }
}
