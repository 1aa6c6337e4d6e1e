//! Differences between two versions of a plan's text, by line and by word, so reviewers see
//! what changed between submissions. Pure: no I/O, no dependencies.
//!
//! Algorithm: Myers' O(ND) shortest edit script over interned tokens, after trimming the common
//! prefix and suffix. The search is capped at [`MAX_EDITS`] insertions plus deletions; beyond it
//! the differing middle is shown as all removed then all added. That keeps the worst case (two
//! unrelated 2,000-line texts) to milliseconds and is still a correct diff, only not minimal.
//!
//! CRLF and lone CR are read as LF everywhere. Words are split between approximate grapheme
//! clusters, so accented letters (precomposed or not) and emoji sequences are never cut.
//!
//! ```
//! use textdiff::{words, Op, Piece};
//! let pieces = words("Meet at City Hall.", "Meet at the EOC.");
//! assert_eq!(pieces[1], Piece { op: Op::Removed, text: "City Hall".into() });
//! assert_eq!(pieces[2], Piece { op: Op::Added, text: "the EOC".into() });
//! ```

mod myers;
mod tokens;

pub use myers::MAX_EDITS;

/// Whether a piece of text is in both versions, only the new one, or only the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    Same,
    Added,
    Removed,
}

/// A run of text with one [`Op`]: one line for [`lines`], any run of words for [`words`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub op: Op,
    pub text: String,
}

/// One row of a unified view: a whole line, plus its words marked so a replaced line shows
/// which words changed. `words` joined give `text`; each is `Same` or the row's own `op`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnifiedLine {
    pub op: Op,
    pub text: String,
    pub words: Vec<Piece>,
}

/// Counts of pieces by op; for the output of [`lines`] or [`unified`], counts of lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub added: usize,
    pub removed: usize,
    pub unchanged: usize,
}

/// Line diff, in unified order: each piece is one line without its newline, and within each
/// changed run the removed lines come before the added ones. A final newline does not make an
/// extra empty line, so "a\n" and "a" have the same lines; joining the Same and Added lines
/// with "\n" gives `new` (newlines normalised) without its final newline.
pub fn lines(old: &str, new: &str) -> Vec<Piece> {
    let (old, new) = (
        tokens::normalise_newlines(old),
        tokens::normalise_newlines(new),
    );
    let (old_lines, new_lines) = (tokens::split_lines(&old), tokens::split_lines(&new));
    to_pieces(&old_lines, &new_lines)
        .into_iter()
        .map(|(op, text)| Piece {
            op,
            text: text.to_string(),
        })
        .collect()
}

/// Word diff: words, whitespace runs and punctuation are compared as tokens, and adjacent pieces
/// with the same op are merged. Joining Same and Added pieces gives `new` exactly, and Same and
/// Removed gives `old` (newlines normalised). Whitespace alone between two changes is folded
/// into them, so a replaced phrase reads as one change rather than word by word.
pub fn words(old: &str, new: &str) -> Vec<Piece> {
    let (old, new) = (
        tokens::normalise_newlines(old),
        tokens::normalise_newlines(new),
    );
    let (old_words, new_words) = (tokens::split_words(&old), tokens::split_words(&new));
    let merged = merge(to_pieces(&old_words, &new_words));
    let regrouped = removals_first(fold_whitespace_between_changes(merged));
    merge(regrouped.iter().map(|(op, text)| (*op, text.as_str())))
}

/// Line diff for a unified display where each replaced line also shows its changed words.
/// Within a changed run the i-th removed line is paired with the i-th added line and both are
/// refined with [`words`]; lines without a partner are marked whole.
pub fn unified(old: &str, new: &str) -> Vec<UnifiedLine> {
    let pieces = lines(old, new);
    let mut rows = Vec::with_capacity(pieces.len());
    let mut rest = pieces.as_slice();
    while let Some(first) = rest.first() {
        if first.op == Op::Same {
            rows.push(whole_line(first));
            rest = &rest[1..];
            continue;
        }
        let run = rest.iter().take_while(|p| p.op != Op::Same).count();
        let removed_count = rest[..run].iter().filter(|p| p.op == Op::Removed).count();
        let (removed, added) = rest[..run].split_at(removed_count);
        let mut added_rows: Vec<UnifiedLine> = added.iter().map(whole_line).collect();
        for (i, line) in removed.iter().enumerate() {
            match (added.get(i), added_rows.get_mut(i)) {
                (Some(partner), Some(partner_row)) => {
                    let refined = words(&line.text, &partner.text);
                    rows.push(UnifiedLine {
                        op: Op::Removed,
                        text: line.text.clone(),
                        words: one_side(&refined, Op::Removed),
                    });
                    partner_row.words = one_side(&refined, Op::Added);
                }
                _ => rows.push(whole_line(line)),
            }
        }
        rows.extend(added_rows);
        rest = &rest[run..];
    }
    rows
}

/// Counts pieces by op.
pub fn summary(pieces: &[Piece]) -> Summary {
    pieces.iter().fold(Summary::default(), |mut s, p| {
        match p.op {
            Op::Same => s.unchanged += 1,
            Op::Added => s.added += 1,
            Op::Removed => s.removed += 1,
        }
        s
    })
}

/// True when the texts differ at most in line endings (CRLF vs LF), whitespace at the ends of
/// lines, and blank lines at the end: a resubmission that changes nothing a reader would see.
pub fn is_same(old: &str, new: &str) -> bool {
    fn significant_lines(text: &str) -> Vec<&str> {
        let mut lines: Vec<&str> = text.split('\n').map(str::trim_end).collect();
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        lines
    }
    let (old, new) = (
        tokens::normalise_newlines(old),
        tokens::normalise_newlines(new),
    );
    significant_lines(&old) == significant_lines(&new)
}

/// Runs the diff over tokens and pairs each op with its token's text.
fn to_pieces<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<(Op, &'a str)> {
    let (old_ids, new_ids) = tokens::intern(old, new);
    let (mut old_tokens, mut new_tokens) = (old.iter(), new.iter());
    myers::diff(&old_ids, &new_ids)
        .into_iter()
        .filter_map(|op| {
            let text = match op {
                // Same consumes a token on both sides; the texts are equal, keep the new one.
                Op::Same => old_tokens.next().and(new_tokens.next()),
                Op::Removed => old_tokens.next(),
                Op::Added => new_tokens.next(),
            };
            text.map(|&t| (op, t))
        })
        .collect()
}

/// Joins adjacent pieces with the same op.
fn merge<'a>(pieces: impl IntoIterator<Item = (Op, &'a str)>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for (op, text) in pieces {
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ if text.is_empty() => {}
            _ => out.push(Piece {
                op,
                text: text.to_string(),
            }),
        }
    }
    out
}

/// A Same piece of only whitespace between two changes becomes removed and added, so that
/// "the quick brown" → "a slow red" is one change instead of three.
fn fold_whitespace_between_changes(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out = Vec::with_capacity(pieces.len());
    for (i, piece) in pieces.iter().enumerate() {
        let changed = |at: Option<usize>| {
            at.and_then(|at| pieces.get(at))
                .is_some_and(|p| p.op != Op::Same)
        };
        let between_changes = changed(i.checked_sub(1)) && changed(Some(i + 1));
        if piece.op == Op::Same && between_changes && piece.text.chars().all(char::is_whitespace) {
            out.push(Piece {
                op: Op::Removed,
                text: piece.text.clone(),
            });
            out.push(Piece {
                op: Op::Added,
                text: piece.text.clone(),
            });
        } else {
            out.push(piece.clone());
        }
    }
    out
}

/// Within each run of changed pieces, all removed text first then all added text, each side in
/// its original order (so both sides still rebuild).
fn removals_first(pieces: Vec<Piece>) -> Vec<(Op, String)> {
    let mut out = Vec::with_capacity(pieces.len());
    let (mut removed, mut added) = (String::new(), String::new());
    for piece in pieces {
        match piece.op {
            Op::Removed => removed.push_str(&piece.text),
            Op::Added => added.push_str(&piece.text),
            Op::Same => {
                out.push((Op::Removed, std::mem::take(&mut removed)));
                out.push((Op::Added, std::mem::take(&mut added)));
                out.push((Op::Same, piece.text));
            }
        }
    }
    out.push((Op::Removed, removed));
    out.push((Op::Added, added));
    out
}

/// The pieces one side of a word diff is made of: Same plus `change`.
fn one_side(pieces: &[Piece], change: Op) -> Vec<Piece> {
    merge(
        pieces
            .iter()
            .filter(|p| p.op == Op::Same || p.op == change)
            .map(|p| (p.op, p.text.as_str())),
    )
}

fn whole_line(piece: &Piece) -> UnifiedLine {
    UnifiedLine {
        op: piece.op,
        text: piece.text.clone(),
        words: merge([(piece.op, piece.text.as_str())]),
    }
}
