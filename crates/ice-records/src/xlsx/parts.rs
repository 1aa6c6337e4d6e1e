//! The small workbook parts, read whole: sheet list, relationships, shared strings and
//! which cell styles are dates.

use super::numbers::{is_date_format, unescape_ooxml};
use crate::xml::{Event, XmlReader};

/// `xl/workbook.xml`: sheets in tab order as (name, relationship id), and the date system.
pub struct WorkbookPart {
    pub sheets: Vec<(String, String)>,
    pub date1904: bool,
}

pub fn workbook(xml: &[u8]) -> Result<WorkbookPart, String> {
    let mut reader = XmlReader::new(xml);
    let mut part = WorkbookPart {
        sheets: Vec::new(),
        date1904: false,
    };
    loop {
        match reader.next()? {
            Event::Start(tag) if tag.name == "workbookPr" => {
                part.date1904 = matches!(tag.attr("date1904").as_deref(), Some("1" | "true"));
            }
            Event::Start(tag) if tag.name == "sheet" => {
                let name = tag.attr("name").unwrap_or_default().into_owned();
                let id = tag
                    .attr("id")
                    .ok_or("xlsx: a sheet has no relationship id")?;
                part.sheets.push((name, id.into_owned()));
            }
            Event::Eof => return Ok(part),
            _ => {}
        }
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id → part name inside the zip.
pub fn relationships(xml: &[u8]) -> Result<Vec<(String, String)>, String> {
    let mut reader = XmlReader::new(xml);
    let mut found = Vec::new();
    loop {
        match reader.next()? {
            Event::Start(tag) if tag.name == "Relationship" => {
                if tag.attr("TargetMode").as_deref() == Some("External") {
                    continue;
                }
                if let (Some(id), Some(target)) = (tag.attr("Id"), tag.attr("Target")) {
                    found.push((id.into_owned(), resolve_target(&target)));
                }
            }
            Event::Eof => return Ok(found),
            _ => {}
        }
    }
}

/// Targets are relative to `xl/` unless absolute (`/xl/worksheets/sheet1.xml`); `..`
/// segments are resolved so they cannot climb above the archive root.
fn resolve_target(target: &str) -> String {
    let mut parts: Vec<&str> = match target.strip_prefix('/') {
        Some(_) => Vec::new(),
        None => vec!["xl"],
    };
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// `xl/sharedStrings.xml`: each `<si>`'s text, rich-text runs joined, phonetic guides
/// (`<rPh>`) left out because they repeat the text in another script.
pub fn shared_strings(xml: &[u8]) -> Result<Vec<String>, String> {
    let mut reader = XmlReader::new(xml);
    let mut strings = Vec::new();
    let mut current: Option<String> = None;
    let mut phonetic = 0usize;
    loop {
        match reader.next()? {
            Event::Start(tag) => match tag.name.as_str() {
                "si" => current = Some(String::new()),
                "rPh" => phonetic += 1,
                "t" => {
                    let text = reader.text_until_end("t")?;
                    if let (Some(s), 0) = (current.as_mut(), phonetic) {
                        s.push_str(&text);
                    }
                }
                _ => {}
            },
            Event::End(name) => match name.as_str() {
                "si" => strings.push(unescape_ooxml(&current.take().unwrap_or_default())),
                "rPh" => phonetic = phonetic.saturating_sub(1),
                _ => {}
            },
            Event::Text(_) => {}
            Event::Eof => return Ok(strings),
        }
    }
}

/// `xl/styles.xml`: for each cell format (`cellXfs/xf`, indexed by a cell's `s`), whether
/// it displays a date.
pub fn date_styles(xml: &[u8]) -> Result<Vec<bool>, String> {
    let mut reader = XmlReader::new(xml);
    let mut custom: Vec<(u32, String)> = Vec::new();
    let mut formats: Vec<u32> = Vec::new();
    let mut in_cell_xfs = false;
    // Only direct children of cellXfs are cell formats (xf nests alignment etc.).
    let mut depth = 0usize;
    loop {
        match reader.next()? {
            Event::Start(tag) => {
                match tag.name.as_str() {
                    "numFmt" => {
                        let id = tag.attr("numFmtId").and_then(|v| v.parse().ok());
                        if let (Some(id), Some(code)) = (id, tag.attr("formatCode")) {
                            custom.push((id, code.into_owned()));
                        }
                    }
                    "cellXfs" => {
                        in_cell_xfs = true;
                        depth = 0;
                    }
                    "xf" if in_cell_xfs && depth == 0 => {
                        formats.push(
                            tag.attr("numFmtId")
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(0),
                        );
                    }
                    _ => {}
                }
                if in_cell_xfs && tag.name != "cellXfs" {
                    depth += 1;
                }
            }
            Event::End(name) => {
                if name == "cellXfs" {
                    in_cell_xfs = false;
                } else if in_cell_xfs {
                    depth = depth.saturating_sub(1);
                }
            }
            Event::Text(_) => {}
            Event::Eof => break,
        }
    }
    Ok(formats
        .iter()
        .map(|&id| is_date_format(id, &custom))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_inside_the_archive() {
        assert_eq!(
            resolve_target("worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve_target("/xl/worksheets/s.xml"),
            "xl/worksheets/s.xml"
        );
        assert_eq!(resolve_target("../../../etc/x.xml"), "etc/x.xml");
    }

    #[test]
    fn rich_text_and_phonetic_runs() {
        let xml = r#"<sst><si><t>plain &amp; simple</t></si><si><r><rPr><b/></rPr><t>rich </t></r><r><t>text</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t/></si></sst>"#.as_bytes();
        assert_eq!(
            shared_strings(xml).unwrap_or_default(),
            vec!["plain & simple", "rich text", ""]
        );
    }

    #[test]
    fn styles_mark_dates() {
        let xml = br#"<styleSheet><numFmts><numFmt numFmtId="165" formatCode="yyyy\-mm\-dd"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"><alignment/></xf><xf numFmtId="165"/><xf numFmtId="14"/><xf/></cellXfs></styleSheet>"#;
        assert_eq!(
            date_styles(xml).unwrap_or_default(),
            vec![false, true, true, false]
        );
    }
}
