#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use textdiff::{lines, Op};

#[test]
fn identical_texts_are_all_same() {
    let text = "Element 1: Evacuation\nRoutes are posted.\nShelters open at 6pm.\n";
    let pieces = lines(text, text);
    assert_eq!(pieces.len(), 3);
    assert!(pieces.iter().all(|p| p.op == Op::Same));
    assert_eq!(
        new_side(&pieces),
        vec![
            "Element 1: Evacuation",
            "Routes are posted.",
            "Shelters open at 6pm."
        ]
    );
}

#[test]
fn empty_old_is_all_added() {
    let pieces = lines("", "one\ntwo\nthree");
    assert_eq!(
        pieces,
        vec![
            piece(Op::Added, "one"),
            piece(Op::Added, "two"),
            piece(Op::Added, "three")
        ]
    );
}

#[test]
fn empty_new_is_all_removed() {
    let pieces = lines("one\ntwo\n", "");
    assert_eq!(
        pieces,
        vec![piece(Op::Removed, "one"), piece(Op::Removed, "two")]
    );
}

#[test]
fn both_empty_is_nothing() {
    assert!(lines("", "").is_empty());
}

#[test]
fn line_inserted_in_the_middle() {
    let old = "a\nb\nc\nd\n";
    let new = "a\nb\nNEW\nc\nd\n";
    assert_eq!(
        lines(old, new),
        vec![
            piece(Op::Same, "a"),
            piece(Op::Same, "b"),
            piece(Op::Added, "NEW"),
            piece(Op::Same, "c"),
            piece(Op::Same, "d"),
        ]
    );
}

#[test]
fn single_inserted_line_is_minimal() {
    // Repeated lines give the algorithm many ways to align; the result must still be one insert.
    let old = "x\ny\nx\ny\nx\ny\n";
    let new = "x\ny\nx\nx\ny\nx\ny\n";
    let pieces = lines(old, new);
    assert_eq!(pieces.iter().filter(|p| p.op == Op::Added).count(), 1);
    assert_eq!(pieces.iter().filter(|p| p.op == Op::Removed).count(), 0);
}

#[test]
fn replaced_lines_show_removals_before_additions() {
    let pieces = lines(
        "keep\nold 1\nold 2\nkeep too",
        "keep\nnew 1\nnew 2\nkeep too",
    );
    assert_eq!(
        pieces,
        vec![
            piece(Op::Same, "keep"),
            piece(Op::Removed, "old 1"),
            piece(Op::Removed, "old 2"),
            piece(Op::Added, "new 1"),
            piece(Op::Added, "new 2"),
            piece(Op::Same, "keep too"),
        ]
    );
}

#[test]
fn crlf_is_the_same_as_lf() {
    let pieces = lines("uno\r\ndos\r\n", "uno\ndos\n");
    assert_eq!(pieces, vec![piece(Op::Same, "uno"), piece(Op::Same, "dos")]);
}

#[test]
fn blank_lines_are_kept() {
    let pieces = lines("a\n\nb", "a\n\n\nb");
    assert_eq!(new_side(&pieces), vec!["a", "", "", "b"]);
    assert_eq!(old_side(&pieces), vec!["a", "", "b"]);
    assert_eq!(pieces.iter().filter(|p| p.op == Op::Added).count(), 1);
}

#[test]
fn spanish_and_emoji_lines() {
    let old = "Plan de evacuación\nNiños primero 🚒\nFin";
    let new = "Plan de evacuación\nNiños y ancianos primero 🚒\nFin";
    assert_eq!(
        lines(old, new),
        vec![
            piece(Op::Same, "Plan de evacuación"),
            piece(Op::Removed, "Niños primero 🚒"),
            piece(Op::Added, "Niños y ancianos primero 🚒"),
            piece(Op::Same, "Fin"),
        ]
    );
}
