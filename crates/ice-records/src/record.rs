//! The normalised record and the import report.

/// Which release layout a header row belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Deportation Data Project arrests, current release (`TOA Current Duty AOR`,
    /// `Apprehension Final Program`, `Anonymized Identifier`, …).
    DdpCurrent,
    /// Deportation Data Project arrests, July 2025 release (`Apprehension AOR`,
    /// `Final Program Group`, `Alien File Number`, `EID Subject ID`, …). Also the older
    /// pipe-delimited releases with ` Area of Responsibility` and truncated headers.
    DdpJuly2025,
    /// Big Local News processed DDP arrests (`arrest_date`, `arrest_criminality`, `bln_*`).
    BigLocalNewsLa,
    /// UW Center for Human Rights I-213 extract (`apprehension_method_descr`, …).
    UwchrI213,
    /// None of the above.
    Unknown,
    /// Read with a user's column [`crate::Mapping`] ([`crate::read_with`]); the columns
    /// came from the mapping, not from recognising the layout.
    Mapped,
}

/// How the person was apprehended, grouped. The source wording is kept in
/// [`Record::method_original`]; see [`crate::normalise::method_from`] for the mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Taken from a jail or prison, or another agency's custody.
    Custodial,
    /// Arrested in the community ("at-large", "non-custodial").
    AtLarge,
    /// Anything else, or no value.
    Other,
}

/// ICE's three-way criminality label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Criminality {
    /// `1 Convicted Criminal`
    Convicted,
    /// `2 Pending Criminal Charges`
    Pending,
    /// `3 Other Immigration Violator`
    OtherViolator,
    /// Missing, withheld or unrecognised.
    Unknown,
}

/// One enforcement record, the same shape whatever the layout. Dates are `YYYY-MM-DD`.
/// Direct identifiers (names, A-numbers, EID subject ids, birth dates) never reach here.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub apprehension_date: Option<String>,
    /// `HH:MM:SS`, only when the source gives a time other than the midnight padding
    /// (`…T00:00:00Z`) that the releases add to plain dates.
    pub apprehension_time: Option<String>,
    pub state: Option<String>,
    pub county: Option<String>,
    pub aor: Option<String>,
    /// Apprehension site landmark, as given.
    pub site: Option<String>,
    /// True when the landmark names an office area or docket rather than an arrest site
    /// (e.g. `LOS ANGELES COUNTY GENERAL AREA, NON-SPECIFIC`, `SEATTLE NON-DETAINED DOCKET`).
    pub site_is_office_area: bool,
    pub method: Method,
    pub method_original: Option<String>,
    pub criminality: Criminality,
    pub charge: Option<String>,
    pub program: Option<String>,
    pub case_status: Option<String>,
    pub disposition: Option<String>,
    pub citizenship: Option<String>,
    /// `Male` / `Female` (the one-letter codes are expanded); other values kept as given.
    pub gender: Option<String>,
    pub birth_year: Option<i32>,
    pub departed_date: Option<String>,
    /// The release's own anonymised id (DDP `Anonymized Identifier` / `Unique Identifier`,
    /// BLN `bln_person_id`).
    pub anonymised_id: Option<String>,
    /// Cells that held a redaction marker: (source column name, codes such as `b6,b7c`).
    pub withheld: Vec<(String, String)>,
}

/// A row that could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// CSV: physical line of the file where the row starts (1-based, counting newlines
    /// inside quoted cells). XLSX: the row number within [`Problem::sheet`].
    pub line: u64,
    /// XLSX: the name of the sheet the row is on; `None` for CSV.
    pub sheet: Option<String>,
    pub message: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub layout: Layout,
    /// Data rows read (header and preamble not counted) = `imported + skipped`.
    pub rows_read: u64,
    pub imported: u64,
    pub skipped: u64,
    /// Redaction-marker cells in imported rows.
    pub withheld_cells: u64,
    /// Identifier columns whose (unredacted) values were discarded, source spelling.
    pub dropped_columns: Vec<String>,
    /// First [`crate::MAX_PROBLEMS`] problems; `skipped` keeps counting past the cap.
    pub problems: Vec<Problem>,
}
