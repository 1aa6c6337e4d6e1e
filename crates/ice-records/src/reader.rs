//! Streaming CSV import: gzip and delimiter sniffing, header search, per-row checks.

use std::io::Read;

use csv::{ReaderBuilder, StringRecord};
use flate2::read::GzDecoder;

use crate::layout::{detect_layout, ColumnMap, Field};
use crate::normalise::{
    charge_descriptions, criminality_from, gender_from, is_office_area, method_from, parse_date,
};
use crate::record::{Layout, Problem, Record, Report};
use crate::redaction::is_redaction_marker;

/// Most problems kept in a [`Report`]; a broken file must not grow the report unboundedly.
pub const MAX_PROBLEMS: usize = 1000;

/// Rows searched for the header: older releases put 5 (DDP XLSX: 6) preamble rows first.
const MAX_HEADER_SEARCH_ROWS: usize = 10;

/// Decompressed bytes looked at to choose the delimiter.
const SNIFF_BYTES: u64 = 64 * 1024;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Reads a CSV release (comma or pipe, plain or gzip) and hands each imported record to
/// `on_record`, in file order, without keeping it. Rows with a wrong field count or a bad
/// date/year are skipped and listed in [`Report::problems`] with the line they start on.
/// `Err` only when the input cannot be read at all (no recognisable header, corrupt gzip).
pub fn read(bytes: &[u8], on_record: &mut dyn FnMut(Record)) -> Result<Report, String> {
    let delimiter = sniff_delimiter(open(bytes))?;
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true) // field counts are checked per row so one bad row does not stop the import
        .delimiter(delimiter)
        .from_reader(open(bytes));

    let mut report = Report {
        layout: Layout::Unknown,
        rows_read: 0,
        imported: 0,
        skipped: 0,
        withheld_cells: 0,
        dropped_columns: Vec::new(),
        problems: Vec::new(),
    };
    let mut header: Option<(Vec<String>, ColumnMap)> = None;
    let mut rows_before_header = 0;
    let mut row = StringRecord::new();
    loop {
        let line_hint = reader.position().line();
        match reader.read_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => {
                let line = error.position().map_or(line_hint, |p| p.line());
                if header.is_some() && matches!(error.kind(), csv::ErrorKind::Utf8 { .. }) {
                    report.rows_read += 1;
                    skip(&mut report, line, "not valid UTF-8".to_string());
                    continue;
                }
                return Err(format!("line {line}: {error}"));
            }
        }
        let line = row.position().map_or(line_hint, |p| p.line());
        let Some((headers, columns)) = &header else {
            let candidate: Vec<String> = row.iter().map(|h| h.trim().to_string()).collect();
            let layout = detect_layout(&candidate);
            if layout != Layout::Unknown {
                report.layout = layout;
                let columns = ColumnMap::from_headers(&candidate);
                header = Some((candidate, columns));
            } else {
                rows_before_header += 1;
                if rows_before_header >= MAX_HEADER_SEARCH_ROWS {
                    return Err(format!(
                        "no recognised header in the first {MAX_HEADER_SEARCH_ROWS} rows"
                    ));
                }
            }
            continue;
        };
        report.rows_read += 1;
        if row.len() != headers.len() {
            let message = format!("expected {} fields, found {}", headers.len(), row.len());
            skip(&mut report, line, message);
            continue;
        }
        match build_record(headers, columns, &row, &mut report.dropped_columns) {
            Ok(record) => {
                report.imported += 1;
                report.withheld_cells += record.withheld.len() as u64;
                on_record(record);
            }
            Err(message) => skip(&mut report, line, message),
        }
    }
    if header.is_none() {
        return Err("no recognised header".to_string());
    }
    Ok(report)
}

fn skip(report: &mut Report, line: u64, message: String) {
    report.skipped += 1;
    if report.problems.len() < MAX_PROBLEMS {
        report.problems.push(Problem { line, message });
    }
}

/// The decompressed byte stream; gzip is recognised by its magic number, not a file name.
fn open(bytes: &[u8]) -> Box<dyn Read + '_> {
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

/// Builds one record from a row whose field count is right. Every cell is checked for a
/// redaction marker first, so a marker is recorded as withheld and never becomes a value.
fn build_record(
    headers: &[String],
    columns: &ColumnMap,
    row: &StringRecord,
    dropped_columns: &mut Vec<String>,
) -> Result<Record, String> {
    let mut withheld: Vec<(String, String)> = Vec::new();
    for (i, cell) in row.iter().enumerate() {
        let name = headers.get(i).map_or("", |h| h.as_str());
        if let Some(codes) = is_redaction_marker(cell) {
            withheld.push((name.to_string(), codes));
        } else if columns.identifiers.contains(&i)
            && !cell.trim().is_empty()
            && !dropped_columns.iter().any(|d| d == name)
        {
            dropped_columns.push(name.to_string());
        }
    }
    // A field's value: trimmed, empty and redacted cells are None.
    let value = |field: Field| -> Option<String> {
        let cell = row.get(columns.column(field)?)?.trim();
        if cell.is_empty() || is_redaction_marker(cell).is_some() {
            None
        } else {
            Some(cell.to_string())
        }
    };
    let date_of = |field: Field, label: &str| match value(field) {
        None => Ok(None),
        Some(text) => parse_date(&text)
            .map(Some)
            .map_err(|e| format!("{label}: {e}")),
    };
    let apprehension = date_of(Field::ApprehensionDate, "apprehension date")?;
    let departed = date_of(Field::DepartedDate, "departed date")?;
    let birth_year = match value(Field::BirthYear) {
        None => None,
        Some(text) => Some(
            text.parse::<i32>()
                .map_err(|_| format!("birth year: bad year {text:?}"))?,
        ),
    };
    let site = value(Field::Site);
    let method_original = value(Field::Method);
    let charge = value(Field::Charge)
        .or_else(|| value(Field::CriminalChargesJson).and_then(|j| charge_descriptions(&j)));
    Ok(Record {
        apprehension_time: apprehension.as_ref().and_then(|d| d.time.clone()),
        apprehension_date: apprehension.map(|d| d.date),
        state: value(Field::State),
        county: value(Field::County),
        aor: value(Field::Aor),
        site_is_office_area: site.as_deref().is_some_and(is_office_area),
        site,
        method: method_original
            .as_deref()
            .map_or(crate::Method::Other, method_from),
        method_original,
        criminality: value(Field::Criminality)
            .map_or(crate::Criminality::Unknown, |v| criminality_from(&v)),
        charge,
        program: value(Field::Program),
        case_status: value(Field::CaseStatus),
        disposition: value(Field::Disposition),
        citizenship: value(Field::Citizenship),
        gender: value(Field::Gender).map(|g| gender_from(&g)),
        birth_year,
        departed_date: departed.map(|d| d.date),
        anonymised_id: value(Field::AnonymisedId),
        withheld,
    })
}
