//! Reads ICE enforcement records released under FOIA into one normalised [`Record`].
//!
//! Pure: [`read`] takes bytes and calls back once per record; no files, no network.
//!
//! What it handles:
//! * **Input**: CSV, comma- or pipe-delimited (chosen from the header line), plain or gzip
//!   (recognised by the `1f 8b` magic number). Quoted cells may contain newlines.
//!   **XLSX is not yet supported** (the DDP current release and the UWCHR geocoded
//!   workbook): convert to CSV first.
//! * **Layouts** ([`Layout`]): DDP current, DDP July 2025 (and older pipe releases with
//!   ` Area of Responsibility` and truncated headers), Big Local News processed LA arrests,
//!   UWCHR I-213. Up to 9 preamble rows before the header are skipped. Header matching
//!   rules are in [`layout`].
//! * **Redactions**: a cell that is a FOIA exemption marker (`(b)(6), (b)(7)(c)`, `b(7)(e)`,
//!   …) is recorded in [`Record::withheld`] and never used as a value
//!   ([`is_redaction_marker`]).
//! * **Identifiers**: names, A-numbers (`Alien File Number`), EID subject/case ids and birth
//!   dates are never read into a record; columns whose values were discarded are listed in
//!   [`Report::dropped_columns`].
//! * **Bad rows**: wrong field count, impossible dates, non-numeric birth years — the row
//!   is skipped and reported with the physical line it starts on; the import goes on.
//!
//! Counting note: the data README says the UWCHR Seattle file has 292 redacted cells.
//! Counting cells whose whole content is a marker gives 189 (103
//! `processing_disposition_descr`, 73 `entry_admission_class_descr`, 10
//! `app_ldmk_other_comment_text`, 3 `health_status_comment_text`), in both the CSV and the
//! XLSX copy, checked independently with Python. The remaining `(b)(…)` text in the file
//! is statute citations inside charge JSON (`8 USC 1326(b)(1)`), which are not
//! redactions. We report 189 and treat 292 as an error in the README.

pub mod layout;
pub mod normalise;
mod reader;
mod record;
mod redaction;

pub use layout::detect_layout;
pub use reader::{read, MAX_PROBLEMS};
pub use record::{Criminality, Layout, Method, Problem, Record, Report};
pub use redaction::is_redaction_marker;
