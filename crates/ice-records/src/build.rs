//! One source row to one [`Record`]: redactions, identifiers, dates and normalised values.

use crate::layout::{ColumnMap, Field};
use crate::normalise::{
    charge_descriptions, criminality_from, gender_from, is_office_area, method_from, parse_date,
};
use crate::record::Record;
use crate::redaction::is_redaction_marker;

/// Builds one record from a row whose field count is right. Every cell is checked for a
/// redaction marker first, so a marker is recorded as withheld and never becomes a value.
pub fn build_record(
    headers: &[String],
    columns: &ColumnMap,
    row: &[String],
    dropped_columns: &mut Vec<String>,
) -> Result<Record, String> {
    let mut withheld: Vec<(String, String)> = Vec::new();
    for (i, cell) in row.iter().map(String::as_str).enumerate() {
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
