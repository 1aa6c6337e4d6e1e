#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The guard against huge inputs: these must finish quickly (see `examples/bench.rs` for timing)
//! and still rebuild both sides.

mod common;

use common::*;
use textdiff::{lines, summary, words, Op, Summary};

fn numbered(prefix: &str, n: usize) -> String {
    (0..n).map(|i| format!("{prefix} line {i}\n")).collect()
}

#[test]
fn completely_different_texts_of_2000_lines() {
    let (old, new) = (numbered("old", 2000), numbered("new", 2000));
    let pieces = lines(&old, &new);
    assert_eq!(
        summary(&pieces),
        Summary {
            added: 2000,
            removed: 2000,
            unchanged: 0
        }
    );
    assert_eq!(old_side(&pieces).len(), 2000);
    assert_eq!(pieces[0].op, Op::Removed);
}

#[test]
fn word_diff_of_two_unrelated_20000_character_sections() {
    let mut rng = Lcg::new(99);
    let text = |rng: &mut Lcg| {
        let mut s = String::new();
        while s.len() < 20_000 {
            s.push_str(rng.pick(VOCABULARY));
            s.push(' ');
        }
        s
    };
    let (old, new) = (text(&mut rng), text(&mut rng));
    let pieces = words(&old, &new);
    assert_eq!(old_side(&pieces).concat(), old);
    assert_eq!(new_side(&pieces).concat(), new);
}

#[test]
fn many_scattered_changes_beyond_the_cap_still_rebuild() {
    // Every other line changed: far more edits than the cap, with matches in between.
    let old: String = (0..3000).map(|i| format!("line {i}\n")).collect();
    let new: String = (0..3000)
        .map(|i| {
            if i % 2 == 0 {
                format!("line {i}\n")
            } else {
                format!("changed {i}\n")
            }
        })
        .collect();
    let pieces = lines(&old, &new);
    assert_eq!(old_side(&pieces).len(), 3000);
    assert_eq!(new_side(&pieces).len(), 3000);
}
