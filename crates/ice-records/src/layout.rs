//! Header recognition: which layout a header row is, and which column holds which field.
//!
//! Matching is tolerant because the releases disagree on spelling: names are trimmed,
//! lower-cased, `_` is read as a space and runs of spaces collapse, so
//! ` Area of Responsibility`, `arrest_date` and `Apprehension Date` all compare cleanly.
//! Older pipe-delimited releases cut long header names short; a header of at least
//! [`MIN_TRUNCATED_LEN`] characters that is the start of a known name (e.g.
//! `Apprehension Crimin` for `Apprehension Criminality`) matches it, but only when no
//! header matches that field exactly.

pub use crate::field::Field;
use crate::record::Layout;

/// Shortest header accepted as a truncation; shorter prefixes are too ambiguous.
pub const MIN_TRUNCATED_LEN: usize = 10;

/// Known header names per field (normalised), across all layouts; the first found wins.
const FIELD_NAMES: &[(Field, &[&str])] = &[
    (
        Field::ApprehensionDate,
        &["apprehension date", "arrest date"],
    ),
    (Field::State, &["state", "apprehension state"]),
    (Field::County, &["county", "apprehension county"]),
    (
        Field::Aor,
        &[
            "apprehension aor",
            "toa current duty aor",
            "area of responsibility",
            "area of responsibility code",
        ],
    ),
    (
        Field::Site,
        &["apprehension site landmark", "apprehension landmark descr"],
    ),
    (
        Field::Method,
        &[
            "apprehension method",
            "apprehension method descr",
            "arrest street custodial",
        ],
    ),
    (
        Field::Criminality,
        &["apprehension criminality", "arrest criminality"],
    ),
    (Field::Charge, &["bln charge"]),
    (Field::CriminalChargesJson, &["criminal charges"]),
    (
        Field::Program,
        &["apprehension final program", "final program"],
    ),
    (Field::CaseStatus, &["case status", "case status recoded"]),
    (Field::Disposition, &["processing disposition descr"]),
    (
        Field::Citizenship,
        &["citizenship country", "citizenship country descr"],
    ),
    (Field::Gender, &["gender", "gender code"]),
    (Field::BirthYear, &["birth year"]),
    (Field::DepartedDate, &["departed date"]),
    (
        Field::AnonymisedId,
        &[
            "anonymized identifier",
            "unique identifier",
            "bln person id",
        ],
    ),
];

/// Direct identifiers: their values are never read into a [`crate::Record`].
/// Birth date and EID case id are included to be conservative (birth date plus
/// citizenship and place narrows to a person; the case id links to ICE's own systems).
const IDENTIFIER_NAMES: &[&str] = &[
    "alien file number",
    "a number",
    "anumber",
    "a file number",
    "eid subject id",
    "eid case id",
    "subject id",
    "name",
    "full name",
    "first name",
    "last name",
    "middle name",
    "subject name",
    "birth date",
    "date of birth",
    "dob",
    "fbi number",
    "fins number",
];

/// Trim, lower-case, `_` → space, collapse whitespace.
pub fn normalise_header(header: &str) -> String {
    header
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn is_truncation_of(header: &str, name: &str) -> bool {
    header.len() >= MIN_TRUNCATED_LEN && name.starts_with(header)
}

/// True when some header is `name` exactly or a truncation of it.
fn has(headers: &[String], name: &str) -> bool {
    headers
        .iter()
        .any(|h| h == name || is_truncation_of(h, name))
}

/// Recognises the layout from a header row (any spelling; see the module docs).
pub fn detect_layout(headers: &[String]) -> Layout {
    let names: Vec<String> = headers.iter().map(|h| normalise_header(h)).collect();
    let any = |list: &[&str]| list.iter().any(|n| has(&names, n));
    // BLN and UWCHR headers are machine-made snake_case and never truncated, so they are
    // matched exactly; otherwise DDP's "Apprehension Method" would read as a truncated
    // "apprehension_method_descr".
    let exact = |name: &str| names.iter().any(|h| h == name);
    if exact("arrest date")
        && (exact("arrest criminality") || names.iter().any(|h| h.starts_with("bln ")))
    {
        return Layout::BigLocalNewsLa;
    }
    if exact("apprehension method descr")
        || (exact("area of responsibility code") && exact("document type descr"))
    {
        return Layout::UwchrI213;
    }
    if !has(&names, "apprehension date") {
        return Layout::Unknown;
    }
    if any(&[
        "toa current duty aor",
        "apprehension final program",
        "anonymized identifier",
    ]) {
        return Layout::DdpCurrent;
    }
    if any(&[
        "apprehension aor",
        "final program group",
        "alien file number",
        "eid subject id",
        "area of responsibility",
    ]) {
        return Layout::DdpJuly2025;
    }
    Layout::Unknown
}

/// Which column (index) feeds which field, and which columns are identifiers to drop.
#[derive(Debug, Clone)]
pub struct ColumnMap {
    fields: Vec<(Field, usize)>,
    pub identifiers: Vec<usize>,
}

impl ColumnMap {
    pub fn from_headers(headers: &[String]) -> ColumnMap {
        let names: Vec<String> = headers.iter().map(|h| normalise_header(h)).collect();
        let identifiers = identifier_columns(&names);
        let exact = |name: &str| names.iter().position(|h| h == name);
        let mut fields: Vec<(Field, usize)> = Vec::new();
        for (field, candidates) in FIELD_NAMES {
            if let Some(i) = candidates.iter().find_map(|n| exact(n)) {
                fields.push((*field, i));
            }
        }
        // Second pass: truncated headers, for fields still missing, using only columns no
        // exact match has claimed.
        for (field, candidates) in FIELD_NAMES {
            if fields.iter().any(|(f, _)| f == field) {
                continue;
            }
            let free = |i: &usize| !fields.iter().any(|(_, c)| c == i) && !identifiers.contains(i);
            let found = (0..names.len())
                .filter(free)
                .find(|&i| candidates.iter().any(|n| is_truncation_of(&names[i], n)));
            if let Some(i) = found {
                fields.push((*field, i));
            }
        }
        ColumnMap {
            fields,
            identifiers,
        }
    }

    pub fn column(&self, field: Field) -> Option<usize> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, i)| *i)
    }

    /// Columns chosen by the user (header text compared after trimming; the first
    /// column with that text wins). Identifier columns are still recognised by name and
    /// cannot be mapped, so a mapping cannot pull a name or A-number into a record.
    pub fn from_mapping(headers: &[String], mapping: &Mapping) -> Result<ColumnMap, String> {
        let names: Vec<String> = headers.iter().map(|h| normalise_header(h)).collect();
        let identifiers = identifier_columns(&names);
        let mut fields: Vec<(Field, usize)> = Vec::new();
        for (field, wanted) in &mapping.columns {
            let wanted = wanted.trim();
            let key = field.key();
            if fields.iter().any(|(f, _)| f == field) {
                return Err(format!("field {key} is mapped twice"));
            }
            let i = headers
                .iter()
                .position(|h| !wanted.is_empty() && h.trim() == wanted)
                .ok_or_else(|| {
                    format!("mapped column {wanted:?} (for {key}) is not in the header")
                })?;
            if identifiers.contains(&i) {
                return Err(format!(
                    "column {wanted:?} holds direct identifiers and cannot be mapped"
                ));
            }
            fields.push((*field, i));
        }
        Ok(ColumnMap {
            fields,
            identifiers,
        })
    }
}

/// Columns whose header names a direct identifier.
fn identifier_columns(names: &[String]) -> Vec<usize> {
    names
        .iter()
        .enumerate()
        .filter(|(_, name)| {
            IDENTIFIER_NAMES
                .iter()
                .any(|n| *name == n || is_truncation_of(name, n))
        })
        .map(|(i, _)| i)
        .collect()
}

/// A user's choice of which column feeds which field, for layouts the crate does not
/// know. Header names are matched exactly after trimming.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapping {
    pub columns: Vec<(Field, String)>,
}
