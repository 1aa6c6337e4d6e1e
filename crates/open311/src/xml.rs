//! A minimal writer for the schemaless, namespace-free XML GeoReport v2 uses.

/// The declaration every document starts with, as in the spec's examples.
pub(crate) const DECLARATION: &str = r#"<?xml version="1.0" encoding="utf-8"?>"#;

/// Builds one document: declaration, then a root element holding everything written.
pub(crate) struct XmlDocument {
    out: String,
    root: &'static str,
}

impl XmlDocument {
    pub(crate) fn new(root: &'static str) -> XmlDocument {
        let mut document = XmlDocument {
            out: String::with_capacity(256),
            root,
        };
        document.out.push_str(DECLARATION);
        document.out.push('\n');
        document.open(root);
        document
    }

    pub(crate) fn open(&mut self, name: &str) {
        self.out.push('<');
        self.out.push_str(name);
        self.out.push('>');
    }

    pub(crate) fn close(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// `<name>text</name>`. An empty text still yields the element (`<name></name>`): the
    /// spec's examples show absent values as empty elements rather than leaving them out.
    pub(crate) fn element(&mut self, name: &str, text: &str) {
        self.open(name);
        escape_into(&mut self.out, text);
        self.close(name);
    }

    pub(crate) fn finish(mut self) -> String {
        let root = self.root;
        self.close(root);
        self.out
    }
}

/// Escapes text for element content (and attributes, should they ever be needed).
///
/// Besides the five markup characters, two cases would silently change or break the
/// document: a literal carriage return is turned into a line feed by every XML parser, so
/// it is written as `&#13;` to survive; and control characters that XML 1.0 cannot carry
/// at all (not even as references) are replaced with U+FFFD so the document stays
/// well-formed.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(character),
            c if is_forbidden_in_xml(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

fn is_forbidden_in_xml(character: char) -> bool {
    matches!(character, '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escape(text: &str) -> String {
        let mut out = String::new();
        escape_into(&mut out, text);
        out
    }

    #[test]
    fn escapes_markup_characters() {
        assert_eq!(escape(r#"a&b<c>d"e'f"#), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
    }

    #[test]
    fn keeps_line_breaks_and_protects_carriage_returns() {
        assert_eq!(escape("a\r\nb\tc"), "a&#13;\nb\tc");
    }

    #[test]
    fn replaces_characters_xml_cannot_hold() {
        assert_eq!(
            escape("a\u{0}b\u{1B}c\u{FFFF}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
    }
}
