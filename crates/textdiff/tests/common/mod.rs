//! Helpers shared by the integration tests: rebuilding either side from pieces, and a tiny
//! deterministic pseudo-random generator so property checks need no `rand` crate and every
//! failure reproduces.
#![allow(dead_code)]

use textdiff::{Op, Piece};

/// The text a diff says the old version was: Same and Removed pieces, in order.
pub fn old_side(pieces: &[Piece]) -> Vec<&str> {
    side(pieces, Op::Removed)
}

/// The text a diff says the new version is: Same and Added pieces, in order.
pub fn new_side(pieces: &[Piece]) -> Vec<&str> {
    side(pieces, Op::Added)
}

fn side(pieces: &[Piece], change: Op) -> Vec<&str> {
    pieces
        .iter()
        .filter(|p| p.op == Op::Same || p.op == change)
        .map(|p| p.text.as_str())
        .collect()
}

/// Shorthand for building expected pieces.
pub fn piece(op: Op, text: &str) -> Piece {
    Piece {
        op,
        text: text.to_string(),
    }
}

/// Knuth's MMIX linear congruential generator: good enough to shuffle test edits.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Self {
        Lcg(seed)
    }

    pub fn next_u32(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.next_u32() as usize % n
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Vocabulary for random texts: English and Spanish with accents, emoji, punctuation, so the
/// property tests also cover multi-byte characters.
pub const VOCABULARY: &[&str] = &[
    "evacuation",
    "route",
    "shelter",
    "plan",
    "the",
    "of",
    "evacuación",
    "ruta",
    "niños",
    "año",
    "señal",
    "🚒",
    "🏳️‍🌈",
    "e\u{301}",
    "water,",
    "(911)",
    "—",
    "Ñandú.",
];
