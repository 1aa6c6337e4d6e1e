//! Small text helpers shared by the detectors.

/// A run of letters (with inner apostrophes, hyphens and periods of initials) and its span.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl Word<'_> {
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_all_caps(&self) -> bool {
        self.text.chars().filter(|c| c.is_alphabetic()).count() > 1
            && self.text.chars().all(|c| !c.is_lowercase())
    }
}

pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let joins = (c == '\'' || c == '’' || c == '-')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| n.is_alphabetic());
        if c.is_alphabetic() || joins {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(word(text, s, i));
        }
    }
    if let Some(s) = start {
        out.push(word(text, s, text.len()));
    }
    out
}

/// A word without a possessive ending: "Kenji's" is the name "Kenji".
fn word(text: &str, start: usize, end: usize) -> Word<'_> {
    let w = &text[start..end];
    let bare = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .filter(|b| !b.is_empty())
        .unwrap_or(w);
    Word {
        text: bare,
        start,
        end: start + bare.len(),
    }
}

/// Lower case without common Latin diacritics, for lexicon look-ups.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            '’' => '\'',
            other => other,
        })
        .collect()
}

/// The text between two byte offsets holds only spaces (and at most `extra` of the given chars).
pub fn gap_is(text: &str, from: usize, to: usize, allowed: &str) -> bool {
    from <= to
        && text
            .get(from..to)
            .is_some_and(|g| g.chars().all(|c| c == ' ' || allowed.contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let w: Vec<_> = words("O'Brien met Min-jun - Kenji's son")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(w, vec!["O'Brien", "met", "Min-jun", "Kenji", "son"]);
    }

    #[test]
    fn fold_strips_accents() {
        assert_eq!(fold("José MARÍA Núñez"), "jose maria nunez");
    }
}
