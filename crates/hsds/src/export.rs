//! Writing a [`Dataset`] back out as a package of CSV files.

use crate::descriptor::hsds3_source;
use crate::{hsds3, Dataset, Format, Kind, Package, DESCRIPTOR_PATH};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The package as CSV files (path -> bytes), columns in descriptor order, one
/// header row, every resource present (header only when it has no rows),
/// plus `datapackage.json`.
///
/// Lines end in CRLF and cells are quoted only when they hold a comma, quote
/// or line break (RFC 4180, and what the HSDS examples use), so a file that
/// was already in descriptor column order comes back byte for byte. Fields
/// not in the descriptor and tables not in `pkg` are not written.
pub fn export_csv(pkg: &Package, data: &Dataset) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for res in &pkg.resources {
        let mut buf = Vec::new();
        let names: Vec<&str> = res.fields.iter().map(|f| f.name.as_str()).collect();
        write_row(&mut buf, &names);
        for rec in data.tables.get(&res.name).into_iter().flatten() {
            let cells: Vec<&str> = names.iter().map(|n| rec.get(n).unwrap_or("")).collect();
            write_row(&mut buf, &cells);
        }
        out.insert(res.path.clone(), buf);
    }
    out.insert(
        DESCRIPTOR_PATH.to_owned(),
        descriptor_json(pkg).into_bytes(),
    );
    out
}

fn write_row(buf: &mut Vec<u8>, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        // A lone empty cell would make a blank line, which CSV readers skip.
        let needs_quotes =
            cell.contains([',', '"', '\r', '\n']) || (cells.len() == 1 && cell.is_empty());
        if needs_quotes {
            buf.push(b'"');
            buf.extend_from_slice(cell.replace('"', "\"\"").as_bytes());
            buf.push(b'"');
        } else {
            buf.extend_from_slice(cell.as_bytes());
        }
    }
    buf.extend_from_slice(b"\r\n");
}

/// The descriptor as `datapackage.json` text. For HSDS 3.0 this is the
/// vendored file verbatim (keeping descriptions and the licence); for any
/// other package it is rebuilt from what [`Package`] holds, which
/// [`crate::parse_package`] reads back to an equal value.
pub fn descriptor_json(pkg: &Package) -> String {
    if pkg == hsds3() {
        return hsds3_source().to_owned();
    }
    let resources: Vec<Value> = pkg
        .resources
        .iter()
        .map(|r| {
            let fields: Vec<Value> = r.fields.iter().map(field_json).collect();
            let mut schema = Map::new();
            schema.insert("fields".into(), Value::Array(fields));
            if !r.primary_key.is_empty() {
                schema.insert("primaryKey".into(), json!(r.primary_key));
            }
            let fks: Vec<Value> = r
                .foreign_keys
                .iter()
                .map(|k| json!({"fields": k.field, "reference": {"resource": k.resource, "fields": k.target_field}}))
                .collect();
            if !fks.is_empty() {
                schema.insert("foreignKeys".into(), Value::Array(fks));
            }
            json!({
                "name": r.name,
                "path": r.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "schema": schema,
            })
        })
        .collect();
    let root = json!({
        "name": pkg.name,
        "version": pkg.version,
        "profile": "tabular-data-package",
        "resources": resources,
    });
    serde_json::to_string_pretty(&root).unwrap_or_default()
}

fn field_json(f: &crate::FieldDef) -> Value {
    let kind = match f.kind {
        Kind::String => "string",
        Kind::Number => "number",
        Kind::Integer => "integer",
        Kind::Boolean => "boolean",
        Kind::Date => "date",
        Kind::DateTime => "datetime",
        Kind::Time => "time",
    };
    let mut c = Map::new();
    c.insert("required".into(), json!(f.required));
    c.insert("unique".into(), json!(f.unique));
    if let Some(allowed) = &f.allowed {
        c.insert("enum".into(), json!(allowed));
    }
    let mut obj = Map::new();
    obj.insert("name".into(), json!(f.name));
    obj.insert("type".into(), json!(kind));
    if let Some(format) = f.format {
        let format = match format {
            Format::Uuid => "uuid",
            Format::Email => "email",
            Format::Uri => "uri",
        };
        obj.insert("format".into(), json!(format));
    }
    obj.insert("constraints".into(), Value::Object(c));
    Value::Object(obj)
}
