//! Reads ICE enforcement records released under FOIA into one normalised [`Record`].
//!
//! Pure: [`read`] takes bytes and calls back once per record; no files, no network.
//!
//! What it handles:
//! * **Input**, recognised from the bytes, not a file name:
//!   - CSV, comma- or pipe-delimited (chosen from the header line), plain or gzip (the
//!     `1f 8b` magic number). Quoted cells may contain newlines.
//!   - XLSX (the `PK\x03\x04` zip magic): every worksheet in tab order, streamed from the
//!     sheet XML by a small built-in zip and XML reader (no further dependencies). Cells
//!     with a date style become `YYYY-MM-DD` (plus ` HH:MM:SS` when there is a time;
//!     `date1904` honoured), other numbers plain text (`23`, `47.25`); absent cells are
//!     empty. Data may span several sheets (the DDP current release): the header is
//!     found on the first non-empty sheet; on each later sheet, if one of its first 10
//!     rows repeats the header (compared after trimming), that row and the preamble above
//!     it are skipped, otherwise only leading rows that repeat the first sheet's preamble
//!     are. Empty sheets are skipped. Problems name the sheet and its row
//!     ([`Problem::sheet`]). Refused with an error: ZIP64, encryption, entries over
//!     512 MiB decompressed, archives of over 10,000 entries.
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
//!   is skipped and reported with the physical line it starts on (XLSX: sheet and row);
//!   the import goes on.
//! * **Unknown layouts**: [`inspect`] returns the header a user can map, a preview and a
//!   stable [`Shape::shape_key`] to remember the mapping by; [`read_with`] then reads the
//!   file with that [`Mapping`] of [`Field`]s to header names.
//!
//! Counting note: the data README says the UWCHR Seattle file has 292 redacted cells.
//! Counting cells whose whole content is a marker gives 189 (103
//! `processing_disposition_descr`, 73 `entry_admission_class_descr`, 10
//! `app_ldmk_other_comment_text`, 3 `health_status_comment_text`), in both the CSV and the
//! XLSX copy, checked independently with Python. The remaining `(b)(…)` text in the file
//! is statute citations inside charge JSON (`8 USC 1326(b)(1)`), which are not
//! redactions. We report 189 and treat 292 as an error in the README.

mod build;
mod field;
mod inspect;
pub mod layout;
pub mod normalise;
mod reader;
mod record;
mod redaction;
mod rows;
mod source;
mod xlsx;
mod xml;
mod zip;

pub use field::Field;
pub use inspect::{inspect, shape_key, Shape, SAMPLE_ROWS};
pub use layout::{detect_layout, Mapping};
pub use reader::{read, read_with, MAX_PROBLEMS};
pub use record::{Criminality, Layout, Method, Problem, Record, Report};
pub use redaction::is_redaction_marker;
