//! A first look at a file, so a user can map the columns of a layout we do not know.

use crate::layout::{normalise_header, ColumnMap};
use crate::record::Layout;
use crate::rows::Rows;
use crate::source::{open_source, Fetched};

/// Data rows returned by [`inspect`] as a preview.
pub const SAMPLE_ROWS: usize = 5;

/// What [`inspect`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// The recognised layout, or [`Layout::Unknown`].
    pub layout: Layout,
    /// The header row, cells trimmed.
    pub headers: Vec<String>,
    /// Identifies the header's shape across files; see [`shape_key`].
    pub shape_key: String,
    /// Up to [`SAMPLE_ROWS`] data rows after the header, cells trimmed, padded to the
    /// header's width. Identifier columns are blanked: a preview must not show names or
    /// A-numbers any more than a record may.
    pub sample_rows: Vec<Vec<String>>,
}

/// Looks at the start of a file without importing it. The header is the first row of a
/// recognised layout among the first 10 rows (of the first non-empty sheet for XLSX); if
/// there is none, the row with the most non-empty cells among them (earliest on a tie).
/// [`crate::read_with`] with a mapping uses the same header row.
pub fn inspect(bytes: &[u8]) -> Result<Shape, String> {
    let mut rows = Rows::new(open_source(bytes)?);
    let header = rows.find_header(true)?;
    let identifiers = ColumnMap::from_headers(&header.cells).identifiers;
    let mut sample_rows = Vec::new();
    let mut cells = Vec::new();
    while sample_rows.len() < SAMPLE_ROWS {
        match rows.next(&mut cells)? {
            None => break,
            Some(Fetched::Bad(..)) => {}
            Some(Fetched::Row(_)) => {
                let width = header.cells.len().max(cells.len());
                let row: Vec<String> = (0..width)
                    .map(|i| match cells.get(i) {
                        Some(_) if identifiers.contains(&i) => String::new(),
                        Some(cell) => cell.trim().to_string(),
                        None => String::new(),
                    })
                    .collect();
                sample_rows.push(row);
            }
        }
    }
    Ok(Shape {
        layout: header.layout,
        shape_key: shape_key(&header.cells),
        headers: header.cells,
        sample_rows,
    })
}

/// A stable key for a header's shape, so an application can remember a user's mapping
/// and offer it again for the next file with the same columns.
///
/// Definition (stored by applications, so it must never change): normalise each header
/// name as [`normalise_header`] does (trim, lower-case, `_` → space, collapse
/// whitespace), drop trailing empty names, join with U+001F, take the 64-bit FNV-1a hash
/// of the UTF-8 bytes (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`), and
/// write it as 16 lowercase hex digits. Spelling variants that normalise alike
/// (`Arrest_Date` / `arrest date`) share a key; order matters.
pub fn shape_key(headers: &[String]) -> String {
    let mut names: Vec<String> = headers.iter().map(|h| normalise_header(h)).collect();
    while names.last().is_some_and(|n| n.is_empty()) {
        names.pop();
    }
    let joined = names.join("\u{1f}");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in joined.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        // FNV-1a 64 of "" and "a" (from the FNV reference test suite).
        assert_eq!(shape_key(&[]), "cbf29ce484222325");
        assert_eq!(shape_key(&["a".to_string()]), "af63dc4c8601ec8c");
        let spaced = ["A_b ".to_string(), String::new()];
        assert_eq!(shape_key(&spaced), shape_key(&["a b".to_string()]));
    }
}
