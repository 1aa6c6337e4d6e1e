//! The HSDS 3.0 CSV package importer: the input is split at 0xFF bytes into the package's
//! files in turn (organizations.csv, services.csv, …). No panic; an accepted package
//! validates against the schema it was read with.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;

fuzz_target!(|data: &[u8]| {
    let pkg = hsds::hsds3();
    let files: BTreeMap<String, Vec<u8>> = pkg
        .resources
        .iter()
        .zip(data.split(|b| *b == 0xff))
        .map(|(r, bytes)| (r.path.clone(), bytes.to_vec()))
        .collect();
    if let Ok(dataset) = hsds::import_csv(pkg, &files) {
        assert!(hsds::validate_records(pkg, &dataset).is_empty());
    }
});
