//! Form and query decoding as the server does it (URL-encoded pairs), then the Open311
//! GET /requests query rules. No panic; an accepted query has a range that ends after it
//! starts.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(pairs) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(data) else {
        return;
    };
    let now = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
    if let Ok(q) = open311::parse_requests_query(&pairs, now) {
        assert!(q.start <= q.end);
    }
});
