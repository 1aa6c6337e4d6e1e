#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use textdiff::{unified, Op, UnifiedLine};

#[test]
fn replaced_line_shows_changed_words() {
    let old = "Element 2\nMeet at City Hall at 8am.\nEnd";
    let new = "Element 2\nMeet at the EOC at 8am.\nEnd";
    let rows = unified(old, new);
    assert_eq!(
        rows,
        vec![
            UnifiedLine {
                op: Op::Same,
                text: "Element 2".into(),
                words: vec![piece(Op::Same, "Element 2")],
            },
            UnifiedLine {
                op: Op::Removed,
                text: "Meet at City Hall at 8am.".into(),
                words: vec![
                    piece(Op::Same, "Meet at "),
                    piece(Op::Removed, "City Hall"),
                    piece(Op::Same, " at 8am."),
                ],
            },
            UnifiedLine {
                op: Op::Added,
                text: "Meet at the EOC at 8am.".into(),
                words: vec![
                    piece(Op::Same, "Meet at "),
                    piece(Op::Added, "the EOC"),
                    piece(Op::Same, " at 8am."),
                ],
            },
            UnifiedLine {
                op: Op::Same,
                text: "End".into(),
                words: vec![piece(Op::Same, "End")],
            },
        ]
    );
}

#[test]
fn unpaired_lines_are_whole() {
    // Two lines removed, one added: the first pair is refined, the extra removal stays whole.
    let rows = unified("a\nold one\nold two\nz", "a\nnew one\nz");
    let ops: Vec<Op> = rows.iter().map(|r| r.op).collect();
    assert_eq!(
        ops,
        vec![Op::Same, Op::Removed, Op::Removed, Op::Added, Op::Same]
    );
    assert_eq!(rows[2].words, vec![piece(Op::Removed, "old two")]);
    assert_eq!(
        rows[3].words,
        vec![piece(Op::Added, "new"), piece(Op::Same, " one")]
    );
}

#[test]
fn each_rows_words_rebuild_its_line() {
    let old = "uno dos tres\ncuatro\ncinco seis 🚒\n";
    let new = "uno DOS tres\ncinco siete 🚒\nocho\n";
    for row in unified(old, new) {
        let rebuilt: String = row.words.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(rebuilt, row.text);
        assert!(
            row.words.iter().all(|p| p.op == Op::Same || p.op == row.op),
            "{row:?}"
        );
    }
}
