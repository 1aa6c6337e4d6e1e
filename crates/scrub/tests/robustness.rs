//! scrub runs on bytes from anyone: it must never panic, and whatever it accepts must already be
//! clean (scrubbing it again changes nothing) and still be the same kind of file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use scrub::{detect, scrub};

/// Tiny deterministic generator (Knuth's MMIX LCG), so failures reproduce exactly.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Random bytes favour the ones parsers branch on.
    fn byte(&mut self) -> u8 {
        const INTERESTING: [u8; 10] = [0xFF, 0x00, 0xD8, 0xD9, 0xDA, 0xD0, 0xE1, 0xFE, 0xC4, 0x01];
        if self.below(2) == 0 {
            INTERESTING[self.below(INTERESTING.len())]
        } else {
            self.next() as u8
        }
    }
}

/// Fixtures, clean and with metadata, to derive broken inputs from.
fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut seeds: Vec<(String, Vec<u8>)> = ALL_JPEGS
        .iter()
        .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
        .collect();
    let metadata = [exif_app1(), xmp_app1(), comment()].concat();
    seeds.push((
        "jpeg+metadata".into(),
        insert_at(BASELINE_JPG, 2, &metadata),
    ));
    seeds.push(("png".into(), PLAIN_PNG.to_vec()));
    let text = png_chunk(b"tEXt", &[b"Author\0", OWNER_NAME].concat());
    seeds.push((
        "png+text".into(),
        png_with(&[png_chunk(b"eXIf", &exif_tiff())], &[text]),
    ));
    seeds
}

/// Scrubs without panicking; anything accepted must be stable and keep its magic.
fn check(label: &str, input: &[u8]) {
    let Ok(first) = scrub(input) else { return };
    assert_eq!(
        detect(&first.bytes),
        Some(first.kind),
        "{label}: lost its magic"
    );
    let again = scrub(&first.bytes).unwrap_or_else(|e| panic!("{label}: output refused: {e}"));
    assert_eq!(again.bytes, first.bytes, "{label}: not idempotent");
    assert!(
        again.removed.is_empty(),
        "{label}: output still had {:?}",
        again.removed
    );
}

#[test]
fn every_truncated_prefix_is_handled() {
    for (name, seed) in seeds() {
        for len in 0..=seed.len() {
            check(&format!("{name}[..{len}]"), &seed[..len]);
        }
    }
}

#[test]
fn random_mutations_are_handled() {
    let mut rng = Lcg(0x5EED_1234);
    let seeds = seeds();
    let mut accepted = 0;
    for round in 0..4000 {
        let (name, seed) = &seeds[round % seeds.len()];
        let mut input = seed.clone();
        for _ in 0..=rng.below(4) {
            let at = rng.below(input.len());
            match rng.below(4) {
                0 | 1 => input[at] = rng.byte(),
                2 => input.insert(at, rng.byte()),
                _ => {
                    let end = (at + rng.below(16)).min(input.len());
                    input.drain(at..end);
                }
            }
            if input.is_empty() {
                break;
            }
        }
        if scrub(&input).is_ok() {
            accepted += 1;
        }
        check(&format!("{name} round {round}"), &input);
    }
    // Mutations inside entropy-coded data still parse; make sure that path is exercised.
    assert!(
        accepted > 100,
        "only {accepted} mutated inputs were accepted"
    );
}

#[test]
fn png_mutations_with_repaired_checksums_are_handled() {
    // Random bytes almost always break a PNG checksum; repairing it reaches the chunk logic.
    let mut rng = Lcg(0xC0FF_EE00);
    let text = png_chunk(b"tEXt", &[b"Author\0", OWNER_NAME].concat());
    let seed = png_with(&[png_chunk(b"gAMA", &[0, 0, 0xB1, 0x8F])], &[text]);
    for round in 0..2000 {
        let mut chunks: Vec<Vec<u8>> = png_chunks(&seed).into_iter().map(|(_, c)| c).collect();
        let c = rng.below(chunks.len());
        let chunk = &mut chunks[c];
        let at = rng.below(chunk.len() - 4); // anywhere but the CRC itself
        chunk[at] = rng.byte();
        // Re-checksum over whatever the type and data now are (length may now lie).
        let crc_at = chunk.len() - 4;
        let crc = crc32(&[&chunk[4..crc_at]]);
        chunk[crc_at..].copy_from_slice(&crc.to_be_bytes());
        check(&format!("png repaired round {round}"), &png_from(&chunks));
    }
}
