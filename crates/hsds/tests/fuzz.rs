#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::example_fixed;
use hsds::{export_csv, hsds3, import_csv, typed_json, validate_records, MAX_ERRORS};
use std::collections::BTreeMap;

/// xorshift64*: deterministic, so a failure is reproducible from the seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TRICKY: [&[u8]; 16] = [
    b",",
    b"\"",
    b"\r\n",
    b"\n",
    b"\r",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\0",
    b"\"\"",
    b"  ",
    b"2020-13-45",
    b"1e309",
    b"NaN",
    b"\xe2\x82\xac",
    b"T25:61",
    b"a@b",
];

fn mutate(rng: &mut Rng, files: &mut BTreeMap<String, Vec<u8>>) {
    let keys: Vec<String> = files.keys().cloned().collect();
    let key = &keys[rng.below(keys.len())];
    let bytes = files.get_mut(key).unwrap();
    let at = rng.below(bytes.len() + 1);
    match rng.below(7) {
        0 if !bytes.is_empty() => {
            let i = at.min(bytes.len() - 1);
            bytes[i] = rng.next() as u8;
        }
        1 => {
            let t = TRICKY[rng.below(TRICKY.len())];
            bytes.splice(at..at, t.iter().copied());
        }
        2 => {
            let end = (at + rng.below(40)).min(bytes.len());
            bytes.drain(at..end);
        }
        3 => bytes.truncate(at),
        4 => {
            let end = (at + rng.below(200)).min(bytes.len());
            let copy = bytes[at..end].to_vec();
            let to = rng.below(bytes.len() + 1);
            bytes.splice(to..to, copy);
        }
        5 => {
            let other = files[&keys[rng.below(keys.len())]].clone();
            files.insert(key.clone(), other);
        }
        _ => {
            let data = files.remove(key).unwrap();
            let name = if rng.below(2) == 0 {
                "x.csv".to_owned()
            } else {
                key.clone()
            };
            files.insert(name, data);
        }
    }
}

/// Random damage to the example never panics, errors stay within the cap
/// and point at real lines, and whatever is accepted round-trips.
#[test]
fn random_mutations_never_panic() {
    let base = example_fixed();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut accepted, mut rejected) = (0, 0);
    for _ in 0..1500 {
        let mut files = base.clone();
        for _ in 0..1 + rng.below(4) {
            mutate(&mut rng, &mut files);
        }
        match import_csv(hsds3(), &files) {
            Ok(data) => {
                accepted += 1;
                assert!(validate_records(hsds3(), &data).is_empty());
                for res in &hsds3().resources {
                    for rec in &data.tables[&res.name] {
                        let _ = typed_json(res, rec);
                    }
                }
                let out = export_csv(hsds3(), &data);
                assert_eq!(import_csv(hsds3(), &out).unwrap(), data);
            }
            Err(errs) => {
                rejected += 1;
                assert!(!errs.is_empty() && errs.len() <= MAX_ERRORS);
                for e in &errs {
                    let Some(bytes) = files.get(&e.file) else {
                        continue;
                    };
                    let lines = bytes
                        .iter()
                        .filter(|b| **b == b'\n' || **b == b'\r')
                        .count();
                    assert!(e.line as usize <= lines + 1, "{e} beyond {lines} lines");
                    let _ = e.to_string();
                }
            }
        }
    }
    // Both outcomes must actually be exercised for the test to mean much.
    assert!(
        accepted > 50 && rejected > 50,
        "{accepted} accepted, {rejected} rejected"
    );
}
