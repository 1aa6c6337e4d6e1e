//! Where rows come from: a CSV stream (comma or pipe, plain or gzip) or the sheets of an
//! XLSX workbook. Everything after this (header search, checks, records) is shared.

use std::io::Read;

use csv::{ReaderBuilder, StringRecord};
use flate2::read::GzDecoder;

use crate::zip::LOCAL_MAGIC;

/// Rows searched for the header: older releases put 5 (DDP XLSX: 6) preamble rows first.
pub const MAX_HEADER_SEARCH_ROWS: usize = 10;

/// Decompressed bytes looked at to choose the delimiter.
const SNIFF_BYTES: u64 = 64 * 1024;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Where a row is: sheet index (always 0 for CSV) and 1-based line (CSV: physical line
/// the row starts on; XLSX: row number within the sheet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub sheet: usize,
    pub line: u64,
}

/// One row from a source: read into the caller's cells, or unreadable but skippable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    Row(Location),
    Bad(Location, String),
}

impl Fetched {
    pub fn location(&self) -> Location {
        match self {
            Fetched::Row(l) | Fetched::Bad(l, _) => *l,
        }
    }
}

pub trait RowSource {
    /// Reads the next row into `cells` (replacing what was there). `Ok(None)` at the end;
    /// `Err` when the input cannot be read further.
    fn next_row(&mut self, cells: &mut Vec<String>) -> Result<Option<Fetched>, String>;
    /// The sheet's name, for reports; `None` for CSV.
    fn sheet_name(&self, sheet: usize) -> Option<String>;
    /// XLSX rows stop at their last non-empty cell, so a short row is padded rather than
    /// reported; a CSV row must have exactly as many fields as the header.
    fn pads_short_rows(&self) -> bool;
}

/// Chooses the source from the bytes themselves (magic numbers), never a file name.
pub fn open_source(bytes: &[u8]) -> Result<Box<dyn RowSource + '_>, String> {
    if bytes.starts_with(&LOCAL_MAGIC) {
        return Ok(Box::new(crate::xlsx::XlsxSource::open(bytes)?));
    }
    let delimiter = sniff_delimiter(decompressed(bytes))?;
    let reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true) // field counts are checked per row so one bad row does not stop the import
        .delimiter(delimiter)
        .from_reader(decompressed(bytes));
    Ok(Box::new(CsvSource {
        reader,
        record: StringRecord::new(),
    }))
}

struct CsvSource<'a> {
    reader: csv::Reader<Box<dyn Read + 'a>>,
    record: StringRecord,
}

impl RowSource for CsvSource<'_> {
    fn next_row(&mut self, cells: &mut Vec<String>) -> Result<Option<Fetched>, String> {
        let line_hint = self.reader.position().line();
        match self.reader.read_record(&mut self.record) {
            Ok(false) => Ok(None),
            Ok(true) => {
                let line = self.record.position().map_or(line_hint, |p| p.line());
                fill(cells, self.record.iter());
                Ok(Some(Fetched::Row(Location { sheet: 0, line })))
            }
            Err(error) => {
                let line = error.position().map_or(line_hint, |p| p.line());
                let location = Location { sheet: 0, line };
                if matches!(error.kind(), csv::ErrorKind::Utf8 { .. }) {
                    cells.clear();
                    return Ok(Some(Fetched::Bad(location, "not valid UTF-8".to_string())));
                }
                Err(format!("line {line}: {error}"))
            }
        }
    }

    fn sheet_name(&self, _sheet: usize) -> Option<String> {
        None
    }

    fn pads_short_rows(&self) -> bool {
        false
    }
}

/// Copies `values` into `cells`, reusing the strings already there: the CSV path runs
/// over millions of rows and should not allocate per cell.
pub fn fill<'s>(cells: &mut Vec<String>, values: impl Iterator<Item = &'s str>) {
    let mut n = 0;
    for value in values {
        match cells.get_mut(n) {
            Some(cell) => {
                cell.clear();
                cell.push_str(value);
            }
            None => cells.push(value.to_string()),
        }
        n += 1;
    }
    cells.truncate(n);
}

/// The decompressed byte stream; gzip is recognised by its magic number, not a file name.
fn decompressed(bytes: &[u8]) -> Box<dyn Read + '_> {
    if bytes.starts_with(&GZIP_MAGIC) {
        Box::new(GzDecoder::new(bytes))
    } else {
        Box::new(bytes)
    }
}

/// Chooses `|` or `,` from the line with the most of either among the first lines (the
/// header line has the most separators; preamble lines have few), taking whichever of the
/// two is commoner on it. Data lines are not used because their cells contain commas.
fn sniff_delimiter(stream: impl Read) -> Result<u8, String> {
    let mut head = Vec::new();
    stream
        .take(SNIFF_BYTES)
        .read_to_end(&mut head)
        .map_err(|e| format!("cannot read input: {e}"))?;
    let count = |line: &[u8], b: u8| line.iter().filter(|&&c| c == b).count();
    let best = head
        .split(|&b| b == b'\n')
        .take(MAX_HEADER_SEARCH_ROWS)
        .map(|line| (count(line, b'|'), count(line, b',')))
        .max_by_key(|(pipes, commas)| *pipes.max(commas));
    match best {
        Some((pipes, commas)) if pipes > commas => Ok(b'|'),
        _ => Ok(b','),
    }
}
