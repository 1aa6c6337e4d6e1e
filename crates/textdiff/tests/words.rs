#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use textdiff::{words, Op, Piece};

fn assert_merged(pieces: &[Piece]) {
    for pair in pieces.windows(2) {
        assert_ne!(
            pair[0].op, pair[1].op,
            "adjacent pieces not merged: {pieces:?}"
        );
    }
    assert!(
        pieces.iter().all(|p| !p.text.is_empty()),
        "empty piece in {pieces:?}"
    );
}

#[test]
fn identical_text_is_one_same_piece() {
    let text = "Shelters open at 6pm.\nBring water.";
    assert_eq!(words(text, text), vec![piece(Op::Same, text)]);
}

#[test]
fn empty_sides() {
    assert_eq!(words("", "new text"), vec![piece(Op::Added, "new text")]);
    assert_eq!(words("old text", ""), vec![piece(Op::Removed, "old text")]);
    assert!(words("", "").is_empty());
}

#[test]
fn one_word_change_in_a_paragraph() {
    let old = "The department will open evacuation routes within two hours of an alert.";
    let new = "The department will open shelter routes within two hours of an alert.";
    assert_eq!(
        words(old, new),
        vec![
            piece(Op::Same, "The department will open "),
            piece(Op::Removed, "evacuation"),
            piece(Op::Added, "shelter"),
            piece(Op::Same, " routes within two hours of an alert."),
        ]
    );
}

#[test]
fn accented_word_is_one_word() {
    // "evacuación" must not be split at the accent, nor a decomposed é from its letter.
    let pieces = words("la evacuación es hoy", "la evacuacion es hoy");
    assert_eq!(
        pieces,
        vec![
            piece(Op::Same, "la "),
            piece(Op::Removed, "evacuación"),
            piece(Op::Added, "evacuacion"),
            piece(Op::Same, " es hoy"),
        ]
    );
    let decomposed = words("cafe\u{301} abierto", "cafe abierto");
    assert_eq!(decomposed[0], piece(Op::Removed, "cafe\u{301}"));
}

#[test]
fn emoji_change_keeps_whole_emoji() {
    let pieces = words("Bomberos 🚒 listos", "Bomberos 🚑 listos");
    assert_eq!(
        pieces,
        vec![
            piece(Op::Same, "Bomberos "),
            piece(Op::Removed, "🚒"),
            piece(Op::Added, "🚑"),
            piece(Op::Same, " listos"),
        ]
    );
    // A ZWJ sequence is not cut between its parts.
    let flag = words("x 🏳️‍🌈 y", "x 🏳️ y");
    assert!(
        flag.iter().any(|p| p.op == Op::Removed && p.text == "🏳️‍🌈"),
        "{flag:?}"
    );
}

#[test]
fn punctuation_change_is_separate_from_the_word() {
    let pieces = words("Call 911.", "Call 911!");
    assert_eq!(
        pieces,
        vec![
            piece(Op::Same, "Call 911"),
            piece(Op::Removed, "."),
            piece(Op::Added, "!")
        ]
    );
}

#[test]
fn whitespace_between_changed_words_joins_the_change() {
    // Three replaced words read as one replaced phrase, not three flickering changes.
    let pieces = words("the quick brown fox", "a slow red fox");
    assert_eq!(
        pieces,
        vec![
            piece(Op::Removed, "the quick brown"),
            piece(Op::Added, "a slow red"),
            piece(Op::Same, " fox"),
        ]
    );
}

#[test]
fn pieces_are_merged_and_rebuild_both_sides() {
    let old = "Element 3: Staff will meet at City Hall.\nBackup site: Van Nuys.";
    let new = "Element 3: All staff will meet at the EOC.\nBackup site: Van Nuys, then San Pedro.";
    let pieces = words(old, new);
    assert_merged(&pieces);
    assert_eq!(old_side(&pieces).concat(), old);
    assert_eq!(new_side(&pieces).concat(), new);
}

#[test]
fn crlf_is_normalised() {
    assert_eq!(words("a\r\nb", "a\nb"), vec![piece(Op::Same, "a\nb")]);
}
