//! Open Referral HSDS 3.0 tabular data packages: a set of CSV files described
//! by a `datapackage.json`.
//!
//! [`import_csv`] reads and validates a whole package and returns either all
//! of it or every problem found, each tied to a file, physical line and field,
//! so a partly broken upload never half-lands. [`export_csv`] writes a package
//! back. [`typed_json`] / [`record_from_json`] convert single records for a
//! JSON API, and [`validate_records`] gives JSON imports the same checks.
//!
//! Pure: bytes in, values out; no file or network I/O.

mod check;
mod descriptor;
mod export;
mod import;
mod json;
mod validate;

pub use descriptor::{hsds3, parse_package, FieldDef, ForeignKey, Format, Kind, Package, Resource};
pub use export::{descriptor_json, export_csv};
pub use import::{import_csv, import_csv_onto};
pub use json::{record_from_json, typed_json};
pub use validate::validate_records;

use std::collections::BTreeMap;
use std::fmt;

/// Largest package accepted by [`import_csv`], summed over all files
/// (50 MiB); bounds memory for uploads.
pub const MAX_TOTAL_BYTES: usize = 50 * 1024 * 1024;
/// Most data rows accepted by [`import_csv`], summed over all files.
pub const MAX_TOTAL_ROWS: usize = 200_000;
/// Most errors returned; past this a report stops being read, and the last
/// entry says the list was cut short.
pub const MAX_ERRORS: usize = 1000;
/// The descriptor's file name inside a package; accepted (and ignored) by
/// [`import_csv`], written by [`export_csv`].
pub const DESCRIPTOR_PATH: &str = "datapackage.json";

/// One record: field name -> value exactly as text (CSV cell), empty cells
/// omitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub values: BTreeMap<String, String>,
}

impl Record {
    /// The `id` field (every HSDS 3.0 resource's primary key), or "" if unset.
    pub fn id(&self) -> &str {
        self.get("id").unwrap_or("")
    }

    /// A field's text, `None` when empty or absent (an empty string put in
    /// `values` by hand means the same as no value, as in a CSV cell).
    pub fn get(&self, field: &str) -> Option<&str> {
        self.values
            .get(field)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }
}

/// All records of a package, by resource name, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dataset {
    pub tables: BTreeMap<String, Vec<Record>>,
}

/// One problem found while importing or validating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The file (resource path) the problem is in, or `(package)` for
    /// package-wide problems such as the size limit.
    pub file: String,
    /// Physical line, 1-based, header = 1; 0 when about the whole file.
    pub line: u64,
    pub field: Option<String>,
    pub message: String,
}

impl RowError {
    pub(crate) fn new(file: &str, line: u64, field: Option<&str>, message: String) -> Self {
        RowError {
            file: file.to_owned(),
            line,
            field: field.map(str::to_owned),
            message,
        }
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if self.line > 0 {
            write!(f, " line {}", self.line)?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Collects errors up to [`MAX_ERRORS`]; `full()` lets callers stop early.
#[derive(Default)]
pub(crate) struct Errors {
    list: Vec<RowError>,
    overflow: bool,
}

impl Errors {
    pub(crate) fn push(&mut self, e: RowError) {
        if self.list.len() < MAX_ERRORS {
            self.list.push(e);
        } else {
            self.overflow = true;
        }
    }

    /// True once the cap is reached. Callers then stop checking, so the list
    /// is marked as cut short: unchecked input may hold more problems.
    pub(crate) fn full(&mut self) -> bool {
        let full = self.list.len() >= MAX_ERRORS;
        self.overflow |= full;
        full
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Sorted by resource order then line (stable, so per-row field order
    /// survives); the last entry is replaced by a notice if any were dropped.
    pub(crate) fn finish(mut self, pkg: &Package) -> Vec<RowError> {
        let rank = |file: &str| {
            pkg.resources
                .iter()
                .position(|r| r.path == file)
                .unwrap_or(usize::MAX)
        };
        self.list.sort_by_key(|e| (rank(&e.file), e.line));
        if self.overflow {
            self.list.truncate(MAX_ERRORS - 1);
            self.list.push(RowError::new(
                "(package)",
                0,
                None,
                format!("stopped after {MAX_ERRORS} problems; there may be more"),
            ));
        }
        self.list
    }
}
