//! The redactor on any text: no panic; findings lie on character boundaries, in order and
//! apart, and redacting reports the same findings.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let findings = redact::find(text);
    let mut end = 0;
    for f in &findings {
        assert!(f.start >= end && f.start < f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        end = f.end;
    }
    assert_eq!(redact::redact(text).findings, findings);
});
