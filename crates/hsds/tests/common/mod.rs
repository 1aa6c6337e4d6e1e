//! Shared helpers: the upstream example package, and a consistent copy of it.
#![allow(dead_code)] // each test binary uses a different subset

use std::collections::BTreeMap;
use std::path::Path;

/// The 21 example CSVs exactly as published upstream.
pub fn example_files() -> BTreeMap<String, Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example");
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.insert(name, std::fs::read(&path).unwrap());
        }
    }
    assert_eq!(files.len(), 21);
    files
}

/// Upstream's example points four foreign keys at ids that appear nowhere in
/// the package: (file, dangling id, the id of the one row it must mean).
pub const DANGLING: [(&str, &str, &str); 4] = [
    (
        "locations.csv",
        "985e4a42-bd9f-4edc-911d-0243a4640aca",
        "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
    ),
    (
        "contacts.csv",
        "ae67a707-5893-4225-b0b1-320ab9cb596b",
        "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
    ),
    (
        "contacts.csv",
        "93eaf18d-1cd2-4ec7-bffb-3c9172ee5070",
        "e94c9f38-1e8f-4564-91d4-d53501ab1765",
    ),
    (
        "taxonomy_terms.csv",
        "07ff6aee-a219-438c-b694-d2fcb6c5373b",
        "5c4d79d7-cc55-470e-9f1f-8cad074e4892",
    ),
];

/// The example with those four references pointed at the rows that exist,
/// so it is a fully consistent package. Only those cells change.
pub fn example_fixed() -> BTreeMap<String, Vec<u8>> {
    let mut files = example_files();
    for (file, from, to) in DANGLING {
        let text = String::from_utf8(files[file].clone()).unwrap();
        assert_eq!(text.matches(from).count(), 1);
        files.insert(file.to_owned(), text.replace(from, to).into_bytes());
    }
    files
}

/// Parsed rows of a CSV file (header included).
pub fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// Writes rows back as CSV (CRLF, minimal quoting).
pub fn write_rows(rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.into_inner().unwrap()
}

/// Sets `column` of data row `row` (0 = first data row) in `file`.
pub fn set_cell(
    files: &mut BTreeMap<String, Vec<u8>>,
    file: &str,
    row: usize,
    column: &str,
    value: &str,
) {
    let mut table = rows(&files[file]);
    let col = table[0].iter().position(|c| c == column).unwrap();
    table[row + 1][col] = value.to_owned();
    files.insert(file.to_owned(), write_rows(&table));
}

/// Appends a copy of data row `row` to `file`, returning the new row's index.
pub fn dup_row(files: &mut BTreeMap<String, Vec<u8>>, file: &str, row: usize) -> usize {
    let mut table = rows(&files[file]);
    table.push(table[row + 1].clone());
    let idx = table.len() - 2;
    files.insert(file.to_owned(), write_rows(&table));
    idx
}
