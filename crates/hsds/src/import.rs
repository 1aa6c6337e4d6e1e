//! Reading a package's CSV files into a [`Dataset`], all or nothing.

use crate::validate::{check_dataset, Origin};
use crate::{Dataset, Errors, Package, Record, Resource, RowError};
use crate::{DESCRIPTOR_PATH, MAX_TOTAL_BYTES, MAX_TOTAL_ROWS};
use std::collections::{BTreeMap, BTreeSet};

const PACKAGE: &str = "(package)";

/// Validates every file against `pkg` and returns everything or, if anything
/// is wrong, every problem found (capped at [`crate::MAX_ERRORS`]).
///
/// `files` maps paths (e.g. `services.csv`) to bytes. A resource whose file is
/// absent has no rows; every resource of `pkg` is present in the result.
/// `datapackage.json` may be included and is ignored: the data is checked
/// against `pkg`, not against whatever descriptor came with the upload.
pub fn import_csv(
    pkg: &Package,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<Dataset, Vec<RowError>> {
    import_csv_onto(pkg, files, &Dataset::default())
}

/// As [`import_csv`], for a package added to records already held elsewhere: its references
/// may point at `existing` records as well as at its own.
pub fn import_csv_onto(
    pkg: &Package,
    files: &BTreeMap<String, Vec<u8>>,
    existing: &Dataset,
) -> Result<Dataset, Vec<RowError>> {
    let total: usize = files.values().map(Vec::len).sum();
    if total > MAX_TOTAL_BYTES {
        let msg = format!(
            "package is {total} bytes; the limit is {MAX_TOTAL_BYTES} bytes (50 MiB) in total"
        );
        return Err(vec![RowError::new(PACKAGE, 0, None, msg)]);
    }
    let mut errs = Errors::default();
    for path in files.keys() {
        if path != DESCRIPTOR_PATH && pkg.resource_by_path(path).is_none() {
            let msg = format!("not a file of package {}", pkg.name);
            errs.push(RowError::new(path, 0, None, msg));
        }
    }
    let mut data = Dataset::default();
    let mut origin = Origin {
        lines: BTreeMap::new(),
        absent: BTreeSet::new(),
    };
    let mut rows_left = MAX_TOTAL_ROWS;
    for res in &pkg.resources {
        let mut table = Table::default();
        if let Some(bytes) = files.get(&res.path) {
            if read_table(res, bytes, &mut table, &mut rows_left, &mut errs).is_err() {
                // Over the row limit: the rest was not read, so checking
                // references against it would only add false alarms.
                return Err(errs.finish(pkg));
            }
        }
        origin.lines.insert(res.name.clone(), table.lines);
        origin
            .absent
            .extend(table.absent.into_iter().map(|f| (res.name.clone(), f)));
        data.tables.insert(res.name.clone(), table.records);
    }
    if !errs.full() {
        check_dataset(pkg, &data, Some(existing), &origin, &mut errs);
    }
    if errs.is_empty() {
        Ok(data)
    } else {
        Err(errs.finish(pkg))
    }
}

#[derive(Default)]
struct Table {
    records: Vec<Record>,
    lines: Vec<u64>,
    absent: Vec<String>,
}

/// Parses one file. Cells are read as bytes so invalid UTF-8 becomes an error
/// on its cell instead of aborting the file; `flexible` lets ragged rows
/// through so their length can be reported with a line number.
/// `Err(())` means the package row limit was hit and reading must stop.
fn read_table(
    res: &Resource,
    bytes: &[u8],
    table: &mut Table,
    rows_left: &mut usize,
    errs: &mut Errors,
) -> Result<(), ()> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut lines = LineCounter::new(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        None => return Ok(()), // an empty file is a resource with no rows
        Some(Ok(h)) => h,
        Some(Err(e)) => {
            errs.push(RowError::new(
                &res.path,
                1,
                None,
                format!("unreadable CSV: {e}"),
            ));
            return Ok(());
        }
    };
    let Some(columns) = read_header(res, &header, table, errs) else {
        return Ok(());
    };
    for row in records {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
                let msg = format!("unreadable CSV: {e}");
                errs.push(RowError::new(&res.path, line, None, msg));
                return Ok(());
            }
        };
        let line = row.position().map_or(0, |p| lines.line_at(p.byte()));
        if *rows_left == 0 {
            let msg = format!("more than {MAX_TOTAL_ROWS} rows in the package; that is the limit");
            errs.push(RowError::new(&res.path, line, None, msg));
            return Err(());
        }
        *rows_left -= 1;
        if row.len() != columns.len() {
            let msg = format!("{} cells, but the header has {}", row.len(), columns.len());
            errs.push(RowError::new(&res.path, line, None, msg));
        }
        let mut rec = Record::default();
        for (cell, column) in row.iter().zip(&columns) {
            let Some(name) = column else { continue };
            match std::str::from_utf8(cell) {
                Ok("") => {}
                Ok(text) => {
                    rec.values.insert(name.clone(), text.to_owned());
                }
                Err(_) => {
                    let msg = "is not valid UTF-8 text".to_owned();
                    errs.push(RowError::new(&res.path, line, Some(name), msg));
                }
            }
        }
        table.records.push(rec);
        table.lines.push(line);
        if errs.full() {
            break;
        }
    }
    Ok(())
}

/// The field name of each column (`None` for columns already reported as
/// unknown or repeated), or `None` if the header is unusable.
fn read_header(
    res: &Resource,
    header: &csv::ByteRecord,
    table: &mut Table,
    errs: &mut Errors,
) -> Option<Vec<Option<String>>> {
    let mut columns = Vec::with_capacity(header.len());
    let mut seen = BTreeSet::new();
    for cell in header {
        let Ok(name) = std::str::from_utf8(cell) else {
            let msg = "header is not valid UTF-8 text".to_owned();
            errs.push(RowError::new(&res.path, 1, None, msg));
            return None;
        };
        let column = match res.field(name) {
            None => {
                let msg = match name {
                    "" => "column without a name".to_owned(),
                    _ => "unknown column".to_owned(),
                };
                errs.push(RowError::new(&res.path, 1, Some(name), msg));
                None
            }
            Some(_) if !seen.insert(name) => {
                let msg = "column appears more than once".to_owned();
                errs.push(RowError::new(&res.path, 1, Some(name), msg));
                None
            }
            Some(f) => Some(f.name.clone()),
        };
        columns.push(column);
    }
    for f in &res.fields {
        if !seen.contains(f.name.as_str()) {
            table.absent.push(f.name.clone());
            if f.required || f.name == res.primary_key {
                let msg = "required column is missing".to_owned();
                errs.push(RowError::new(&res.path, 1, Some(&f.name), msg));
            }
        }
    }
    Some(columns)
}

/// Physical line numbers from record byte offsets. `csv::Position::line` is
/// one short after CRLF line ends (the record's recorded start is the `\n`
/// of the previous line, counted only later), and HSDS files are normally
/// CRLF, so lines are counted here instead. Records arrive in order, so the
/// scan resumes where it stopped: linear overall.
struct LineCounter<'a> {
    bytes: &'a [u8],
    scanned: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        LineCounter {
            bytes,
            scanned: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, byte: u64) -> u64 {
        let mut start = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.bytes.len());
        // A record never starts with a line break (blank lines are skipped),
        // so any break at the reported start still belongs to the line before.
        while matches!(self.bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let from = self.scanned.min(start);
        for (i, b) in self.bytes.iter().enumerate().take(start).skip(from) {
            // LF, or a CR not followed by LF (old Mac endings, which csv
            // also treats as a record end).
            let lone_cr = *b == b'\r' && self.bytes.get(i + 1) != Some(&b'\n');
            if *b == b'\n' || lone_cr {
                self.line += 1;
            }
        }
        self.scanned = self.scanned.max(start);
        self.line
    }
}
