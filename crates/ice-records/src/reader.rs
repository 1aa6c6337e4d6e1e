//! The import: rows from any source, header search, per-row checks, the report.

use crate::build::build_record;
use crate::layout::{ColumnMap, Mapping};
use crate::record::{Layout, Problem, Record, Report};
use crate::rows::Rows;
use crate::source::{open_source, Fetched, Location};

/// Most problems kept in a [`Report`]; a broken file must not grow the report unboundedly.
pub const MAX_PROBLEMS: usize = 1000;

/// Reads a release (CSV comma or pipe, plain or gzip, or XLSX) and hands each imported
/// record to `on_record`, in file order, without keeping it. Rows with a wrong field count
/// or a bad date/year are skipped and listed in [`Report::problems`] with where they are.
/// `Err` only when the input cannot be read at all (no recognisable header, corrupt gzip
/// or zip). Same as [`read_with`] without a mapping.
pub fn read(bytes: &[u8], on_record: &mut dyn FnMut(Record)) -> Result<Report, String> {
    read_with(bytes, None, on_record)
}

/// Like [`read`], with an optional column [`Mapping`] for layouts the crate does not
/// recognise. With a mapping, the header is the row [`crate::inspect`] picks, only the
/// mapped columns feed fields, and the report's layout is [`Layout::Mapped`]. Identifier
/// columns are still recognised by name (and cannot be mapped) and redaction markers are
/// still withheld. `Err` when a mapped column is not in the header.
pub fn read_with(
    bytes: &[u8],
    mapping: Option<&Mapping>,
    on_record: &mut dyn FnMut(Record),
) -> Result<Report, String> {
    let mut rows = Rows::new(open_source(bytes)?);
    let header = rows.find_header(mapping.is_some())?;
    let (columns, layout) = match mapping {
        Some(m) => (ColumnMap::from_mapping(&header.cells, m)?, Layout::Mapped),
        None => (ColumnMap::from_headers(&header.cells), header.layout),
    };
    let headers = header.cells;
    let pad = rows.pads_short_rows();
    let mut report = Report {
        layout,
        rows_read: 0,
        imported: 0,
        skipped: 0,
        withheld_cells: 0,
        dropped_columns: Vec::new(),
        problems: Vec::new(),
    };
    let mut cells: Vec<String> = Vec::new();
    while let Some(fetched) = rows.next(&mut cells)? {
        report.rows_read += 1;
        let location = match fetched {
            Fetched::Row(location) => location,
            Fetched::Bad(location, message) => {
                skip(&mut report, &rows, location, message);
                continue;
            }
        };
        if cells.len() > headers.len() || (cells.len() < headers.len() && !pad) {
            let message = format!("expected {} fields, found {}", headers.len(), cells.len());
            skip(&mut report, &rows, location, message);
            continue;
        }
        cells.resize(headers.len(), String::new());
        match build_record(&headers, &columns, &cells, &mut report.dropped_columns) {
            Ok(record) => {
                report.imported += 1;
                report.withheld_cells += record.withheld.len() as u64;
                on_record(record);
            }
            Err(message) => skip(&mut report, &rows, location, message),
        }
    }
    Ok(report)
}

fn skip(report: &mut Report, rows: &Rows, location: Location, message: String) {
    report.skipped += 1;
    if report.problems.len() < MAX_PROBLEMS {
        report.problems.push(Problem {
            line: location.line,
            sheet: rows.sheet_name(location.sheet),
            message,
        });
    }
}
