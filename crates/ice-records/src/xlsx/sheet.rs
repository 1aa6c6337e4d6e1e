//! Rows of one worksheet, streamed from its XML.

use std::io::BufRead;

use super::numbers::{number_text, serial_to_date, unescape_ooxml};
use crate::xml::{Event, Tag, XmlReader};

/// Excel's column limit (XFD); a reference beyond it is a corrupt file, and capping it
/// keeps a forged `r="ZZZZZZ1"` from allocating a huge row.
const MAX_COLUMNS: usize = 16_384;

/// What a cell's raw value needs to become text.
pub struct Context<'a> {
    pub shared: &'a [String],
    pub date_styles: &'a [bool],
    pub date1904: bool,
}

pub struct SheetRows<R> {
    xml: XmlReader<R>,
    last_row: u64,
}

impl<R: BufRead> SheetRows<R> {
    pub fn new(input: R) -> Self {
        SheetRows {
            xml: XmlReader::new(input),
            last_row: 0,
        }
    }

    /// The next row with at least one non-empty cell: its 1-based row number, and the
    /// cells in `cells` up to the last non-empty one (gaps filled with empty strings).
    /// `None` at the end of the sheet.
    pub fn next_row(
        &mut self,
        ctx: &Context,
        cells: &mut Vec<String>,
    ) -> Result<Option<u64>, String> {
        loop {
            let tag = match self.xml.next()? {
                Event::Start(tag) if tag.name == "row" => tag,
                Event::Eof => return Ok(None),
                _ => continue,
            };
            let number = match tag.attr("r").as_deref() {
                Some(r) => r
                    .trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("xlsx: bad row number {r:?}"))?,
                None => self.last_row.saturating_add(1),
            };
            self.last_row = number;
            cells.clear();
            self.read_cells(ctx, number, cells)?;
            if !cells.is_empty() {
                return Ok(Some(number));
            }
        }
    }

    fn read_cells(
        &mut self,
        ctx: &Context,
        row: u64,
        cells: &mut Vec<String>,
    ) -> Result<(), String> {
        let mut next_column = 0usize;
        loop {
            match self.xml.next()? {
                Event::Start(tag) if tag.name == "c" => {
                    let column = match tag.attr("r").as_deref() {
                        Some(r) => column_of(r)
                            .ok_or_else(|| format!("xlsx: row {row}: bad cell reference {r:?}"))?,
                        None => next_column,
                    };
                    if column >= MAX_COLUMNS {
                        return Err(format!("xlsx: row {row}: column beyond {MAX_COLUMNS}"));
                    }
                    next_column = column + 1;
                    let value = self.cell(ctx, &tag)?;
                    if value.is_empty() {
                        continue;
                    }
                    if cells.len() <= column {
                        cells.resize(column + 1, String::new());
                    }
                    if let Some(slot) = cells.get_mut(column) {
                        *slot = value;
                    }
                }
                Event::End(name) if name == "row" => return Ok(()),
                Event::Eof => return Err(format!("xlsx: row {row} is cut short")),
                _ => {}
            }
        }
    }

    /// Reads a `<c>` element's content (after its start tag) and turns it into text.
    fn cell(&mut self, ctx: &Context, tag: &Tag) -> Result<String, String> {
        let mut value: Option<String> = None;
        let mut inline = String::new();
        let mut phonetic = 0usize;
        loop {
            match self.xml.next()? {
                Event::Start(t) if t.name == "v" => value = Some(self.xml.text_until_end("v")?),
                Event::Start(t) if t.name == "t" && phonetic == 0 => {
                    inline.push_str(&self.xml.text_until_end("t")?);
                }
                Event::Start(t) if t.name == "rPh" => phonetic += 1,
                Event::End(n) if n == "rPh" => phonetic = phonetic.saturating_sub(1),
                Event::End(n) if n == "c" => break,
                Event::Eof => return Err("xlsx: a cell is cut short".to_string()),
                _ => {}
            }
        }
        let raw = value.unwrap_or_default();
        Ok(match tag.attr("t").as_deref() {
            Some("s") => {
                let index: usize = raw
                    .trim()
                    .parse()
                    .map_err(|_| format!("xlsx: bad shared string index {raw:?}"))?;
                ctx.shared
                    .get(index)
                    .cloned()
                    .ok_or_else(|| format!("xlsx: shared string {index} does not exist"))?
            }
            Some("inlineStr") => unescape_ooxml(&inline),
            Some("b") => match raw.trim() {
                "1" => "TRUE".to_string(),
                "0" => "FALSE".to_string(),
                other => other.to_string(),
            },
            // Formula strings, errors (`#N/A`) and ISO dates (`t="d"`) are kept as written.
            Some("str" | "e" | "d") => unescape_ooxml(&raw),
            _ => {
                let style: usize = tag
                    .attr("s")
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(0);
                let is_date = ctx.date_styles.get(style).copied().unwrap_or(false);
                let date = is_date
                    .then(|| raw.trim().parse::<f64>().ok())
                    .flatten()
                    .and_then(|v| serial_to_date(v, ctx.date1904));
                date.unwrap_or_else(|| number_text(&raw))
            }
        })
    }
}

/// The 0-based column of a reference such as `B3` or `AA10`.
fn column_of(reference: &str) -> Option<usize> {
    let letters = reference.trim().trim_start_matches('$');
    let mut column = 0usize;
    let mut count = 0;
    for b in letters.bytes().take_while(u8::is_ascii_alphabetic) {
        column = column
            .checked_mul(26)?
            .checked_add(usize::from(b.to_ascii_uppercase() - b'A') + 1)?;
        count += 1;
        if count > 3 {
            return None;
        }
    }
    column.checked_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references() {
        assert_eq!(column_of("A1"), Some(0));
        assert_eq!(column_of("Z9"), Some(25));
        assert_eq!(column_of("AA10"), Some(26));
        assert_eq!(column_of("BA2"), Some(52));
        assert_eq!(column_of("XFD1"), Some(16_383));
        assert_eq!(column_of("ABCD1"), None);
        assert_eq!(column_of("12"), None);
    }
}
