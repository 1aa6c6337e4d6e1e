//! Record-level checks shared by CSV and JSON imports: required fields,
//! types/formats/enums, uniqueness and foreign keys.

use crate::{check, Dataset, Errors, Package, Record, Resource, RowError};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Where each record came from, so errors can name the physical line.
pub(crate) struct Origin {
    /// Resource name -> physical line of each record, in order. Records
    /// without an entry get `position + 2`, as if one header line and one
    /// line per record (the JSON convention).
    pub lines: BTreeMap<String, Vec<u64>>,
    /// (resource, field) pairs whose whole column is missing from the file;
    /// reported once at the header, so not again on every row.
    pub absent: BTreeSet<(String, String)>,
}

/// Every problem in `data` against `pkg` (capped at [`crate::MAX_ERRORS`]),
/// ordered by resource then line. `file` is the resource's path and `line`
/// is the record's 1-based position + 1.
pub fn validate_records(pkg: &Package, data: &Dataset) -> Vec<RowError> {
    let mut errs = Errors::default();
    let origin = Origin {
        lines: BTreeMap::new(),
        absent: BTreeSet::new(),
    };
    check_dataset(pkg, data, None, &origin, &mut errs);
    errs.finish(pkg)
}

/// `existing`: records already stored elsewhere that this data's references may point at.
pub(crate) fn check_dataset(
    pkg: &Package,
    data: &Dataset,
    existing: Option<&Dataset>,
    origin: &Origin,
    errs: &mut Errors,
) {
    for name in data.tables.keys() {
        if pkg.resource(name).is_none() {
            let msg = format!("not a resource of package {}", pkg.name);
            errs.push(RowError::new(name, 0, None, msg));
        }
    }
    let targets = foreign_targets(pkg, data, existing);
    for res in &pkg.resources {
        let Some(rows) = data.tables.get(&res.name) else {
            continue;
        };
        let lines = origin.lines.get(&res.name);
        let mut seen: HashMap<&str, HashMap<&str, u64>> = HashMap::new();
        for (i, rec) in rows.iter().enumerate() {
            if errs.full() {
                return;
            }
            let fallback = u64::try_from(i).unwrap_or(u64::MAX).saturating_add(2);
            let line = lines.and_then(|l| l.get(i)).copied().unwrap_or(fallback);
            let row = Row {
                res,
                rec,
                line,
                absent: &origin.absent,
                targets: &targets,
            };
            row.check(&mut seen, errs);
        }
    }
}

type Targets<'a> = HashMap<(&'a str, &'a str), HashSet<&'a str>>;

/// The set of values each foreign key may point at, built once per
/// (resource, field) so each row's lookup is constant time.
fn foreign_targets<'a>(
    pkg: &'a Package,
    data: &'a Dataset,
    existing: Option<&'a Dataset>,
) -> Targets<'a> {
    let mut out: Targets<'a> = HashMap::new();
    for fk in pkg.resources.iter().flat_map(|r| &r.foreign_keys) {
        let key = (fk.resource.as_str(), fk.target_field.as_str());
        out.entry(key).or_insert_with(|| {
            let rows = data.tables.get(&fk.resource).into_iter().flatten();
            let before = existing
                .and_then(|e| e.tables.get(&fk.resource))
                .into_iter()
                .flatten();
            rows.chain(before)
                .filter_map(|r| r.get(&fk.target_field))
                .collect()
        });
    }
    out
}

struct Row<'a> {
    res: &'a Resource,
    rec: &'a Record,
    line: u64,
    absent: &'a BTreeSet<(String, String)>,
    targets: &'a Targets<'a>,
}

impl<'a> Row<'a> {
    fn err(&self, field: &str, message: String) -> RowError {
        RowError::new(&self.res.path, self.line, Some(field), message)
    }

    fn column_absent(&self, field: &str) -> bool {
        self.absent
            .contains(&(self.res.name.clone(), field.to_owned()))
    }

    /// At most one error per cell: a value that fails its type or format
    /// check is not also reported as a dangling reference or duplicate.
    fn check(&self, seen: &mut HashMap<&'a str, HashMap<&'a str, u64>>, errs: &mut Errors) {
        for key in self.rec.values.keys() {
            if self.res.field(key).is_none() {
                errs.push(self.err(key, "unknown field".into()));
            }
        }
        for f in &self.res.fields {
            let value = self.rec.get(&f.name).unwrap_or("");
            if value.trim().is_empty() {
                let required = f.required || f.name == self.res.primary_key;
                if required && !self.column_absent(&f.name) {
                    errs.push(self.err(&f.name, "is required".into()));
                    continue;
                }
                if value.is_empty() {
                    continue;
                }
            }
            if let Some(msg) = check::cell(f, value) {
                errs.push(self.err(&f.name, msg));
                continue;
            }
            if f.unique || f.name == self.res.primary_key {
                let first = seen.entry(f.name.as_str()).or_default();
                if let Some(prev) = first.get(value) {
                    let msg = format!("duplicate value {value} (first on line {prev})");
                    errs.push(self.err(&f.name, msg));
                    continue;
                }
                first.insert(value, self.line);
            }
            for fk in self.res.foreign_keys.iter().filter(|k| k.field == f.name) {
                let key = (fk.resource.as_str(), fk.target_field.as_str());
                if !self.targets.get(&key).is_some_and(|t| t.contains(value)) {
                    let msg = format!("no {} with {} {value}", fk.resource, fk.target_field);
                    errs.push(self.err(&f.name, msg));
                }
            }
        }
    }
}
