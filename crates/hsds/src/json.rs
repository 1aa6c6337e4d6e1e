//! Single records to and from JSON objects, for the API.

use crate::{check, Kind, Record, Resource};
use serde_json::{Map, Number, Value};

/// A record as a JSON object typed by the descriptor: number and integer
/// fields become JSON numbers (whole numbers without a fraction, so `2011`
/// stays `2011`), boolean fields JSON booleans, everything else strings.
/// Absent fields are left out (keys come out sorted, as `serde_json::Map`
/// keeps them without its `preserve_order` feature); a value that
/// does not parse as its type (only possible for unvalidated records) stays a
/// string rather than being lost. Fields not in the descriptor are dropped.
pub fn typed_json(resource: &Resource, record: &Record) -> Map<String, Value> {
    let mut out = Map::new();
    for f in &resource.fields {
        let Some(text) = record.get(&f.name) else {
            continue;
        };
        let typed = match f.kind {
            Kind::Number | Kind::Integer => number(text),
            Kind::Boolean => boolean(text),
            _ => None,
        };
        out.insert(
            f.name.clone(),
            typed.unwrap_or_else(|| Value::String(text.to_owned())),
        );
    }
    out
}

fn number(text: &str) -> Option<Value> {
    if let Ok(i) = text.parse::<i64>() {
        return Some(Value::Number(Number::from(i)));
    }
    if !check::is_number(text) {
        return None;
    }
    let x = text.parse::<f64>().ok()?;
    // `1e3` or `35.0` read as whole numbers print as integers, which is what
    // a JSON consumer expects; 2^53 bounds where f64 holds integers exactly.
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        #[allow(clippy::cast_possible_truncation)]
        return Some(Value::Number(Number::from(x as i64)));
    }
    Number::from_f64(x).map(Value::Number)
}

fn boolean(text: &str) -> Option<Value> {
    match text {
        "true" | "True" | "TRUE" | "1" => Some(Value::Bool(true)),
        "false" | "False" | "FALSE" | "0" => Some(Value::Bool(false)),
        _ => None,
    }
}

/// The record of one resource from an HSDS JSON object, so JSON imports share
/// [`crate::validate_records`]. Scalars become text (numbers as JSON prints
/// them, booleans as `true`/`false`); `null` and empty strings are omitted.
/// Nested arrays and objects (related records such as a service's `phones`)
/// are ignored here. Unknown scalar keys are kept, so validation reports them
/// as unknown fields, as an unknown CSV column would be.
///
/// The conversion does not depend on the resource today (text is text for
/// every type); the parameter keeps per-resource handling possible without an
/// API change.
pub fn record_from_json(_resource: &Resource, obj: &Map<String, Value>) -> Record {
    let mut rec = Record::default();
    for (key, value) in obj {
        let text = match value {
            Value::String(s) if s.is_empty() => continue,
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Null | Value::Array(_) | Value::Object(_) => continue,
        };
        rec.values.insert(key.clone(), text);
    }
    rec
}
