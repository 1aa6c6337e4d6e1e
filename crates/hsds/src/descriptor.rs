//! The package descriptor (`datapackage.json`, Frictionless "tabular data
//! package") reduced to what validation needs.

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// A tabular data package: a named set of CSV resources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub name: String,
    pub version: String,
    pub resources: Vec<Resource>,
}

/// One table of the package, stored as one CSV file at `path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub name: String,
    pub path: String,
    /// Empty when the descriptor declares no primary key.
    pub primary_key: String,
    pub fields: Vec<FieldDef>,
    pub foreign_keys: Vec<ForeignKey>,
}

/// One column of a resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDef {
    pub name: String,
    pub kind: Kind,
    pub format: Option<Format>,
    pub required: bool,
    pub unique: bool,
    /// The `enum` constraint, as text.
    pub allowed: Option<Vec<String>>,
}

/// Frictionless field types this crate checks (HSDS 3.0 itself uses string,
/// number, date, datetime and time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    String,
    Number,
    Integer,
    Boolean,
    Date,
    DateTime,
    Time,
}

/// String formats this crate checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Uuid,
    Email,
    Uri,
}

/// `field` of this resource refers to `target_field` of `resource`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    pub field: String,
    pub resource: String,
    pub target_field: String,
}

impl Package {
    /// The resource with this name.
    pub fn resource(&self, name: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.name == name)
    }

    /// The resource stored at this path (e.g. `services.csv`).
    pub fn resource_by_path(&self, path: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.path == path)
    }
}

impl Resource {
    /// The field with this name.
    pub fn field(&self, name: &str) -> Option<&FieldDef> {
        self.fields.iter().find(|f| f.name == name)
    }
}

const HSDS3_JSON: &str = include_str!("../spec/datapackage.json");

/// The vendored descriptor text, exported verbatim with HSDS 3.0 packages so
/// descriptions and licence metadata survive a round trip.
pub(crate) fn hsds3_source() -> &'static str {
    HSDS3_JSON
}

/// The embedded HSDS 3.0 descriptor, parsed once.
pub fn hsds3() -> &'static Package {
    static PKG: OnceLock<Package> = OnceLock::new();
    PKG.get_or_init(|| {
        // The embedded text is fixed at build time and a test asserts it
        // parses; the empty fallback only exists because panicking is denied.
        parse_package(HSDS3_JSON).unwrap_or_else(|_| Package {
            name: String::new(),
            version: String::new(),
            resources: Vec::new(),
        })
    })
}

/// Parses a Frictionless tabular data package descriptor. Rejects anything
/// this crate could not check faithfully (unknown types or formats,
/// composite keys, foreign keys to missing resources or fields) rather than
/// silently checking less than the descriptor asks for.
pub fn parse_package(json: &str) -> Result<Package, String> {
    let root: Value = serde_json::from_str(json).map_err(|e| format!("descriptor: {e}"))?;
    let root = root.as_object().ok_or("descriptor: not a JSON object")?;
    let name = text(root, "name").unwrap_or_default();
    let version = text(root, "version").unwrap_or_default();
    let list = root
        .get("resources")
        .and_then(Value::as_array)
        .ok_or("descriptor: no resources array")?;
    let mut resources = Vec::with_capacity(list.len());
    for (i, r) in list.iter().enumerate() {
        let r = r
            .as_object()
            .ok_or(format!("resource {i}: not an object"))?;
        resources.push(parse_resource(r).map_err(|e| {
            let label = text(r, "name").unwrap_or_else(|| i.to_string());
            format!("resource {label}: {e}")
        })?);
    }
    let pkg = Package {
        name,
        version,
        resources,
    };
    check_consistency(&pkg)?;
    Ok(pkg)
}

fn parse_resource(r: &Map<String, Value>) -> Result<Resource, String> {
    let name = text(r, "name").ok_or("no name")?;
    // Frictionless allows a missing path for inline data; a CSV package
    // cannot, so default to the conventional file name.
    let path = text(r, "path").unwrap_or_else(|| format!("{name}.csv"));
    let schema = r
        .get("schema")
        .and_then(Value::as_object)
        .ok_or("no schema object")?;
    let fields = schema
        .get("fields")
        .and_then(Value::as_array)
        .ok_or("schema has no fields array")?
        .iter()
        .map(parse_field)
        .collect::<Result<Vec<_>, _>>()?;
    let primary_key = match schema.get("primaryKey") {
        None | Some(Value::Null) => String::new(),
        Some(v) => single_name(v).ok_or("composite or malformed primaryKey")?,
    };
    let mut foreign_keys = Vec::new();
    for fk in schema
        .get("foreignKeys")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let field = fk.get("fields").and_then(single_name);
        let reference = fk.get("reference");
        let target = reference
            .and_then(|r| r.get("fields"))
            .and_then(single_name);
        // An empty reference resource means "this resource" in Frictionless.
        let resource = match reference.and_then(|r| r.get("resource")) {
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            _ => name.clone(),
        };
        match (field, target) {
            (Some(field), Some(target_field)) => foreign_keys.push(ForeignKey {
                field,
                resource,
                target_field,
            }),
            _ => return Err("composite or malformed foreign key".into()),
        }
    }
    Ok(Resource {
        name,
        path,
        primary_key,
        fields,
        foreign_keys,
    })
}

fn parse_field(f: &Value) -> Result<FieldDef, String> {
    let f = f.as_object().ok_or("field is not an object")?;
    let name = text(f, "name").ok_or("field without a name")?;
    let kind = match f.get("type").and_then(Value::as_str).unwrap_or("string") {
        "string" => Kind::String,
        "number" => Kind::Number,
        "integer" => Kind::Integer,
        "boolean" => Kind::Boolean,
        "date" => Kind::Date,
        "datetime" => Kind::DateTime,
        "time" => Kind::Time,
        other => return Err(format!("field {name}: unsupported type {other}")),
    };
    let format = match f.get("format").and_then(Value::as_str) {
        None | Some("default") => None,
        Some("uuid") => Some(Format::Uuid),
        Some("email") => Some(Format::Email),
        Some("uri") => Some(Format::Uri),
        Some(other) => return Err(format!("field {name}: unsupported format {other}")),
    };
    let empty = Map::new();
    let c = f
        .get("constraints")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let flag = |k: &str| c.get(k).and_then(Value::as_bool).unwrap_or(false);
    let allowed = match c.get("enum") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => Some(items.iter().map(scalar_text).collect()),
        Some(_) => return Err(format!("field {name}: enum is not an array")),
    };
    Ok(FieldDef {
        required: flag("required"),
        unique: flag("unique"),
        name,
        kind,
        format,
        allowed,
    })
}

/// Every name a key or foreign key mentions must exist, so validation never
/// has to guess what a dangling reference in the descriptor meant.
fn check_consistency(pkg: &Package) -> Result<(), String> {
    let mut names = BTreeSet::new();
    let mut paths = BTreeSet::new();
    for r in &pkg.resources {
        if !names.insert(r.name.as_str()) {
            return Err(format!("duplicate resource name {}", r.name));
        }
        if !paths.insert(r.path.as_str()) || r.path == crate::DESCRIPTOR_PATH {
            return Err(format!("duplicate or reserved resource path {}", r.path));
        }
        let mut fields = BTreeSet::new();
        if let Some(f) = r.fields.iter().find(|f| !fields.insert(f.name.as_str())) {
            return Err(format!("resource {}: duplicate field {}", r.name, f.name));
        }
        if !r.primary_key.is_empty() && r.field(&r.primary_key).is_none() {
            return Err(format!("resource {}: primary key is not a field", r.name));
        }
        for fk in &r.foreign_keys {
            let ok = r.field(&fk.field).is_some()
                && pkg
                    .resource(&fk.resource)
                    .is_some_and(|t| t.field(&fk.target_field).is_some());
            if !ok {
                return Err(format!(
                    "resource {}: foreign key {} -> {}.{} names a missing field or resource",
                    r.name, fk.field, fk.resource, fk.target_field
                ));
            }
        }
    }
    Ok(())
}

fn text(obj: &Map<String, Value>, key: &str) -> Option<String> {
    obj.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// A key given either as `"id"` or as `["id"]`.
fn single_name(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) if a.len() == 1 => a.first().and_then(Value::as_str).map(str::to_owned),
        _ => None,
    }
}

/// Enum members compared as CSV text, so `1` and `"1"` both match a cell `1`.
fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
