//! The ICE-records reader on any bytes: CSV, pipe-delimited, gzip and XLSX (zip and XML) are
//! told apart by their bytes, so one target reaches every format. No panic, and every record
//! it returns is counted in its report.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut seen = 0u64;
    if let Ok(report) = ice_records::read(data, &mut |_| seen += 1) {
        assert_eq!(report.imported, seen);
        assert_eq!(report.rows_read, report.imported + report.skipped);
    }
});
