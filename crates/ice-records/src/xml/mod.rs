//! A minimal pull XML scanner for the parts of an XLSX we read.
//!
//! Not a conforming XML parser: no DTDs, no namespace resolution (element and attribute
//! names are matched on their local part, so `x:row` is `row`), only the predefined and
//! numeric entities. That is all SpreadsheetML producers emit, and it keeps the crate to
//! its two dependencies. It reads from a `BufRead` so a large sheet streams instead of
//! sitting in memory; tags and text runs are capped so a hostile file cannot make one
//! token arbitrarily large.

use std::borrow::Cow;
use std::io::{BufRead, Read};

mod entities;

use entities::{decode, decode_str};

/// Longest tag accepted (attributes included).
const MAX_TAG: usize = 1024 * 1024;
/// Longest run of text between two tags (Excel caps a cell at 32,767 characters).
const MAX_TEXT: usize = 8 * 1024 * 1024;

/// A start tag. Self-closing tags are followed by a synthesised [`Event::End`].
/// Attributes are kept raw and parsed on lookup: a sheet's `<row>` carries half a dozen
/// attributes of which we want one, across tens of thousands of rows.
#[derive(Debug)]
pub struct Tag {
    /// Local name (prefix removed).
    pub name: String,
    attrs: String,
}

impl Tag {
    /// The decoded value of the first attribute whose local name is `local`. A
    /// malformed attribute list ends the search (the attribute is then absent).
    pub fn attr(&self, local: &str) -> Option<Cow<'_, str>> {
        // Byte loops rather than `str` searches: this runs for every cell of a sheet.
        let bytes = self.attrs.as_bytes();
        let space = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_whitespace);
        let mut i = 0;
        loop {
            while space(i) {
                i += 1;
            }
            let key_start = i;
            while bytes
                .get(i)
                .is_some_and(|&b| b != b'=' && !b.is_ascii_whitespace())
            {
                i += 1;
            }
            let key = self.attrs.get(key_start..i)?;
            while space(i) {
                i += 1;
            }
            if bytes.get(i) != Some(&b'=') {
                return None;
            }
            i += 1;
            while space(i) {
                i += 1;
            }
            let quote = *bytes.get(i).filter(|&&q| q == b'"' || q == b'\'')?;
            let value_start = i + 1;
            i = value_start;
            while bytes.get(i).is_some_and(|&b| b != quote) {
                i += 1;
            }
            let value = self.attrs.get(value_start..i)?;
            i += 1;
            if local_name(key) == local {
                return Some(if value.contains('&') {
                    Cow::Owned(decode_str(value))
                } else {
                    Cow::Borrowed(value)
                });
            }
        }
    }
}

#[derive(Debug)]
pub enum Event {
    Start(Tag),
    End(String),
    Text(String),
    Eof,
}

pub struct XmlReader<R> {
    input: R,
    buf: Vec<u8>,
    /// The `<` of the next tag has already been consumed (it ended a text run).
    in_tag: bool,
    pending_end: Option<String>,
}

fn local_name(name: &str) -> &str {
    match name.as_bytes().iter().rposition(|&b| b == b':') {
        Some(colon) => name.get(colon + 1..).unwrap_or(name),
        None => name,
    }
}

/// Appends input up to and including `stop` to `out`; returns false at end of input.
/// Uses std's `read_until` (a libc `memchr`), which matters for a 22 MB sheet.
fn read_until(
    input: &mut impl BufRead,
    stop: u8,
    out: &mut Vec<u8>,
    cap: usize,
) -> Result<bool, String> {
    let room = cap.saturating_sub(out.len()).saturating_add(1) as u64;
    let n = input
        .by_ref()
        .take(room)
        .read_until(stop, out)
        .map_err(|e| e.to_string())?;
    if out.last() == Some(&stop) && n > 0 {
        return Ok(true);
    }
    if out.len() > cap {
        return Err("XML token too long".to_string());
    }
    Ok(false)
}

impl<R: BufRead> XmlReader<R> {
    pub fn new(input: R) -> Self {
        XmlReader {
            input,
            buf: Vec::new(),
            in_tag: false,
            pending_end: None,
        }
    }

    pub fn next(&mut self) -> Result<Event, String> {
        if let Some(name) = self.pending_end.take() {
            return Ok(Event::End(name));
        }
        loop {
            if !self.in_tag {
                self.buf.clear();
                let found = read_until(&mut self.input, b'<', &mut self.buf, MAX_TEXT)?;
                if found {
                    self.buf.pop();
                }
                self.in_tag = found;
                if !self.buf.is_empty() {
                    return Ok(Event::Text(decode(&self.buf)?));
                }
                if !found {
                    return Ok(Event::Eof);
                }
            }
            self.in_tag = false;
            if let Some(event) = self.tag()? {
                return Ok(event);
            }
        }
    }

    /// Reads one markup construct after its `<`; `None` for ones we skip (comments,
    /// processing instructions, declarations).
    fn tag(&mut self) -> Result<Option<Event>, String> {
        self.buf.clear();
        let eof = || "XML: unexpected end inside a tag".to_string();
        if !read_until(&mut self.input, b'>', &mut self.buf, MAX_TAG)? {
            return Err(eof());
        }
        if self.buf.starts_with(b"!--") {
            while !self.buf.ends_with(b"-->") {
                if !read_until(&mut self.input, b'>', &mut self.buf, MAX_TAG)? {
                    return Err(eof());
                }
            }
            return Ok(None);
        }
        if self.buf.starts_with(b"![CDATA[") {
            while !self.buf.ends_with(b"]]>") {
                if !read_until(&mut self.input, b'>', &mut self.buf, MAX_TEXT)? {
                    return Err(eof());
                }
            }
            let inner = self
                .buf
                .get(8..self.buf.len().saturating_sub(3))
                .unwrap_or_default();
            let text = std::str::from_utf8(inner).map_err(|_| "XML: not valid UTF-8")?;
            return Ok(Some(Event::Text(text.to_string())));
        }
        if self.buf.starts_with(b"?") || self.buf.starts_with(b"!") {
            return Ok(None);
        }
        // A '>' inside a quoted attribute value does not end the tag.
        while inside_quotes(&self.buf) {
            if !read_until(&mut self.input, b'>', &mut self.buf, MAX_TAG)? {
                return Err(eof());
            }
        }
        self.buf.pop();
        let raw = std::str::from_utf8(&self.buf).map_err(|_| "XML: not valid UTF-8")?;
        if let Some(name) = raw.strip_prefix('/') {
            return Ok(Some(Event::End(local_name(name.trim()).to_string())));
        }
        let (body, empty) = match raw.strip_suffix('/') {
            Some(body) => (body, true),
            None => (raw, false),
        };
        let tag = parse_tag(body)?;
        if empty {
            self.pending_end = Some(tag.name.clone());
        }
        Ok(Some(Event::Start(tag)))
    }

    /// The text up to the end tag of the element just started, ignoring nested markup.
    /// Used for `<v>` and `<t>`, which hold only text.
    pub fn text_until_end(&mut self, name: &str) -> Result<String, String> {
        let mut text = String::new();
        let mut depth = 0usize;
        loop {
            match self.next()? {
                Event::Text(t) => text.push_str(&t),
                Event::Start(_) => depth += 1,
                Event::End(n) if depth == 0 && n == name => return Ok(text),
                Event::End(_) => depth = depth.saturating_sub(1),
                Event::Eof => return Err(format!("XML: unexpected end inside <{name}>")),
            }
        }
    }
}

fn inside_quotes(tag: &[u8]) -> bool {
    let mut quote: Option<u8> = None;
    for &b in tag {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None => {}
        }
    }
    quote.is_some()
}

fn parse_tag(body: &str) -> Result<Tag, String> {
    let name_end = body
        .bytes()
        .position(|b| b.is_ascii_whitespace())
        .unwrap_or(body.len());
    let (name, attrs) = body.split_at(name_end);
    if name.is_empty() {
        let start: String = body.chars().take(60).collect();
        return Err(format!("XML: malformed tag <{start}>"));
    }
    Ok(Tag {
        name: local_name(name).to_string(),
        attrs: attrs.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The events of `xml` in a compact form: `<name value-of-attr>`, `</name>`, `"text"`.
    fn events(xml: &[u8], attr: &str) -> Vec<String> {
        let mut reader = XmlReader::new(xml);
        let mut out = Vec::new();
        loop {
            match reader.next() {
                Ok(Event::Start(t)) => {
                    out.push(format!("<{} {}>", t.name, t.attr(attr).unwrap_or_default()));
                }
                Ok(Event::End(n)) => out.push(format!("</{n}>")),
                Ok(Event::Text(t)) => out.push(format!("{t:?}")),
                Ok(Event::Eof) => return out,
                Err(e) => {
                    out.push(format!("error: {e}"));
                    return out;
                }
            }
        }
    }

    #[test]
    fn prefixes_quotes_comments_and_cdata() {
        let xml =
            br#"<?xml version="1.0"?><!-- a > b --><x:c r:id='a>b'/><t>x<![CDATA[<y>&amp;]]></t>"#;
        assert_eq!(
            events(xml, "id"),
            ["<c a>b>", "</c>", "<t >", "\"x\"", "\"<y>&amp;\"", "</t>"]
        );
        assert_eq!(events(br#"<c v="1 &amp; 2">"#, "v"), ["<c 1 & 2>"]);
    }

    #[test]
    fn broken_input_is_an_error_or_a_missing_attribute() {
        let cut = ["error: XML: unexpected end inside a tag"];
        assert_eq!(events(b"<a", "x"), cut);
        assert_eq!(events(b"<a b=\"x>", "b"), cut);
        assert_eq!(events(b"<!-- never closed >", "x"), cut);
        assert_eq!(events(b"<>", "x"), ["error: XML: malformed tag <>"]);
        assert_eq!(events(b"<a x=>", "x"), ["<a >"]);
        assert_eq!(
            events(b"<t>\xff</t>", "x"),
            ["<t >", "error: XML: not valid UTF-8"]
        );
    }
}
