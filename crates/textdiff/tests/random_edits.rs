#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Property checks over pseudo-random edits: whatever the diff, each side must be rebuilt exactly.

mod common;

use common::*;
use textdiff::{lines, words, Op};

/// A random text of `n` lines, each a few words from the vocabulary.
fn random_lines(rng: &mut Lcg, n: usize) -> Vec<String> {
    (0..n)
        .map(|_| {
            let count = rng.below(4);
            (0..count)
                .map(|_| rng.pick(VOCABULARY))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Applies a handful of random inserts, deletes and replacements to `items`.
fn mutate(
    rng: &mut Lcg,
    items: &[String],
    fresh: &mut dyn FnMut(&mut Lcg) -> String,
) -> Vec<String> {
    let mut out = items.to_vec();
    for _ in 0..rng.below(6) {
        let at = rng.below(out.len() + 1);
        match rng.below(3) {
            0 => out.insert(at, fresh(rng)),
            1 if at < out.len() => {
                out.remove(at);
            }
            _ if at < out.len() => out[at] = fresh(rng),
            _ => out.push(fresh(rng)),
        }
    }
    out
}

#[test]
fn lines_rebuild_both_sides() {
    let mut rng = Lcg::new(20_240_601);
    for round in 0..300 {
        let size = rng.below(30);
        let old = random_lines(&mut rng, size);
        let new = mutate(&mut rng, &old, &mut |r| random_lines(r, 1).remove(0));
        let (old_text, new_text) = (old.join("\n"), new.join("\n"));
        let pieces = lines(&old_text, &new_text);
        // Joining lines drops a final empty line, as a trailing newline would be.
        let expect = |v: &[String]| {
            let mut v = v.to_vec();
            if v.last().is_some_and(|l| l.is_empty()) {
                v.pop();
            }
            v
        };
        assert_eq!(old_side(&pieces), expect(&old), "round {round}: old side");
        assert_eq!(new_side(&pieces), expect(&new), "round {round}: new side");
    }
}

#[test]
fn words_rebuild_both_sides_exactly() {
    let mut rng = Lcg::new(42);
    for round in 0..300 {
        let count = rng.below(40);
        let old: Vec<String> = (0..count)
            .map(|_| rng.pick(VOCABULARY).to_string())
            .collect();
        let separators = [" ", "  ", "\n", " \n\t"];
        let new = mutate(&mut rng, &old, &mut |r| r.pick(VOCABULARY).to_string());
        let sep = rng.pick(&separators);
        let (old_text, new_text) = (old.join(" "), new.join(sep));
        let pieces = words(&old_text, &new_text);
        assert_eq!(
            old_side(&pieces).concat(),
            old_text,
            "round {round}: old side"
        );
        assert_eq!(
            new_side(&pieces).concat(),
            new_text,
            "round {round}: new side"
        );
        for pair in pieces.windows(2) {
            assert_ne!(pair[0].op, pair[1].op, "round {round}: unmerged {pieces:?}");
        }
    }
}

#[test]
fn single_random_insert_is_one_added_line() {
    let mut rng = Lcg::new(7);
    for round in 0..200 {
        let size = rng.below(40);
        let old = random_lines(&mut rng, size);
        let mut new = old.clone();
        let at = rng.below(new.len() + 1);
        new.insert(at, "INSERTED LINE".to_string());
        // Every line ends in a newline, so none is dropped or made up at the end.
        let terminated = |v: &[String]| v.iter().map(|l| format!("{l}\n")).collect::<String>();
        let (old_text, new_text) = (terminated(&old), terminated(&new));
        let pieces = lines(&old_text, &new_text);
        let added = pieces.iter().filter(|p| p.op == Op::Added).count();
        let removed = pieces.iter().filter(|p| p.op == Op::Removed).count();
        assert_eq!((added, removed), (1, 0), "round {round}: {pieces:?}");
    }
}
