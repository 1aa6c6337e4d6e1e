//! The Open311 POST /requests body (URL-encoded): no panic; an accepted request keeps its
//! description within the limit and has both coordinates or neither.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(pairs) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(data) else {
        return;
    };
    if let Ok(post) = open311::parse_post(&pairs) {
        let chars = post.description.map_or(0, |d| d.chars().count());
        assert!(chars <= open311::MAX_DESCRIPTION_CHARS);
        assert_eq!(post.lat.is_some(), post.long.is_some());
    }
});
