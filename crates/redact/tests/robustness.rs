#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Random and hostile input: the redactor never panics, and its findings are always sorted,
//! disjoint, inside the text and on character boundaries. (A seeded generator stands in for a
//! coverage-guided fuzzer, which needs a nightly toolchain this project does not use.)

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "A",
    "a#",
    "USCIS",
    "#",
    "-",
    ".",
    "(",
    ")",
    "+",
    "/",
    " ",
    "  ",
    "\n",
    "\t",
    "@",
    "x",
    "1",
    "12",
    "123",
    "4567",
    "2025-07-11",
    "Maria",
    "López",
    "de",
    "la",
    "Park",
    "San",
    "St",
    "Ave",
    "Apt",
    "Mr.",
    "named",
    "se llama",
    "ñ",
    "é",
    "日本",
    "한국",
    "Հայ",
    "فارسی",
    "😀",
    "\u{00a0}",
    "\u{200b}",
    "’",
    "'",
    "Ω",
    "e\u{301}",
    ",",
    ";",
    "ext.",
    "ssn",
];

fn check(s: &str) {
    let r = redact::redact(s);
    let mut last = 0;
    for f in &r.findings {
        assert!(
            f.start >= last && f.start < f.end && f.end <= s.len(),
            "{s:?}: {:?}",
            r.findings
        );
        assert!(
            s.is_char_boundary(f.start) && s.is_char_boundary(f.end),
            "{s:?}"
        );
        last = f.end;
    }
    // Placeholders are never mistaken for personal information themselves.
    for p in redact::Kind::ALL.map(redact::Kind::placeholder) {
        assert!(redact::find(p).is_empty(), "{p}");
    }
}

#[test]
fn random_text_never_breaks_the_redactor() {
    let mut rng = Rng(0x5eed_1234_abcd_9876);
    for _ in 0..20_000 {
        let n = (rng.next() % 24) as usize;
        let s: String = (0..n).map(|_| rng.pick(PIECES)).collect();
        check(&s);
    }
}

#[test]
fn random_bytes_as_lossy_text() {
    let mut rng = Rng(42);
    for _ in 0..5_000 {
        let n = (rng.next() % 64) as usize;
        let bytes: Vec<u8> = (0..n).map(|_| (rng.next() & 0xff) as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn long_inputs_finish() {
    let long = "Maria Lopez 213-555-0147 A# 123456789 1432 W 36th St, ".repeat(5_000);
    let r = redact::redact(&long);
    assert_eq!(r.findings.len(), 20_000);
}
