//! Myers' O(ND) shortest edit script over interned tokens, with a cap on D.
//!
//! Tokens arrive as `u32` ids (see `tokens::intern`) so each comparison is one integer compare,
//! whatever the length of the line or word. The common prefix and suffix are trimmed first: two
//! versions of a plan usually differ in a few places, so what remains for Myers is small.
//!
//! The greedy forward search keeps, for each D, the furthest-reaching x on diagonals -D..=D, and
//! a copy of that window so the path can be walked back. Time is O((N+M)·D) and the copies take
//! O(D²) memory, so D is capped at [`MAX_EDITS`]: past it the middle is reported as all removed
//! then all added. That is still a correct diff (both sides rebuild), just not a minimal one, and
//! it bounds the worst case (two unrelated 2,000-line texts) to a few milliseconds.

use crate::Op;

/// Most insertions plus deletions searched for between the common prefix and suffix. 1,000 keeps
/// the saved windows to about 4 MB of `i32`s while covering any realistic revision of a section.
pub const MAX_EDITS: usize = 1_000;

/// The edit script turning `old` into `new`: `Same` consumes one token of each, `Removed` one of
/// `old`, `Added` one of `new`. Within each run of changes, removals come before additions.
pub fn diff(old: &[u32], new: &[u32]) -> Vec<Op> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let (old_rest, new_rest) = (&old[prefix..], &new[prefix..]);
    let suffix = old_rest
        .iter()
        .rev()
        .zip(new_rest.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let old_mid = &old_rest[..old_rest.len() - suffix];
    let new_mid = &new_rest[..new_rest.len() - suffix];

    let mut script = Vec::with_capacity(old.len() + new.len());
    script.extend(std::iter::repeat_n(Op::Same, prefix));
    match shortest_script(old_mid, new_mid) {
        Some(middle) => script.extend(middle),
        None => {
            script.extend(std::iter::repeat_n(Op::Removed, old_mid.len()));
            script.extend(std::iter::repeat_n(Op::Added, new_mid.len()));
        }
    }
    script.extend(std::iter::repeat_n(Op::Same, suffix));
    removals_first(&mut script);
    script
}

/// Myers' greedy search; `None` when more than [`MAX_EDITS`] edits would be needed.
fn shortest_script(old: &[u32], new: &[u32]) -> Option<Vec<Op>> {
    let (n, m) = (old.len() as isize, new.len() as isize);
    let max = (old.len() + new.len()).min(MAX_EDITS) as isize;
    // Furthest x reached on diagonal k = x - y, stored at k + offset. Index 1 + offset seeds D=0.
    let offset = max + 1;
    let mut furthest = vec![0isize; 2 * max as usize + 3];
    // windows[d] = furthest[-d..=d] as it was before step d: what step d built on.
    let mut windows: Vec<Vec<i32>> = Vec::new();

    for d in 0..=max {
        let lo = (offset - d) as usize;
        windows.push(
            furthest[lo..=lo + 2 * d as usize]
                .iter()
                .map(|&x| x as i32)
                .collect(),
        );
        for k in (-d..=d).step_by(2) {
            let at = (k + offset) as usize;
            let down = k == -d || (k != d && furthest[at - 1] < furthest[at + 1]);
            let mut x = if down {
                furthest[at + 1]
            } else {
                furthest[at - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && old[x as usize] == new[y as usize] {
                x += 1;
                y += 1;
            }
            furthest[at] = x;
            if x >= n && y >= m {
                return Some(walk_back(&windows, n, m));
            }
        }
    }
    None
}

/// Rebuilds the script from the end point (n, m) using the saved windows, last edit first.
fn walk_back(windows: &[Vec<i32>], n: isize, m: isize) -> Vec<Op> {
    let mut reversed = Vec::new();
    let (mut x, mut y) = (n, m);
    for (d, window) in windows.iter().enumerate().rev() {
        let d = d as isize;
        if d == 0 {
            // The first snake: everything left is matched.
            reversed.extend(std::iter::repeat_n(Op::Same, x as usize));
            break;
        }
        let at = |k: isize| window.get((k + d) as usize).map_or(0, |&x| x as isize);
        let k = x - y;
        let down = k == -d || (k != d && at(k - 1) < at(k + 1));
        let prev_k = if down { k + 1 } else { k - 1 };
        let prev_x = at(prev_k);
        let prev_y = prev_x - prev_k;
        // The snake after the edit, then the edit itself.
        while x > prev_x && y > prev_y {
            reversed.push(Op::Same);
            x -= 1;
            y -= 1;
        }
        reversed.push(if down { Op::Added } else { Op::Removed });
        (x, y) = (prev_x, prev_y);
    }
    reversed.reverse();
    reversed
}

/// Reorders each run of changes to all removals then all additions, as a unified view shows
/// them. Each side's tokens stay in order, so the script still rebuilds both texts.
fn removals_first(script: &mut [Op]) {
    let mut start = 0;
    while start < script.len() {
        if script[start] == Op::Same {
            start += 1;
            continue;
        }
        let end = script[start..]
            .iter()
            .position(|&op| op == Op::Same)
            .map_or(script.len(), |len| start + len);
        let removed = script[start..end]
            .iter()
            .filter(|&&op| op == Op::Removed)
            .count();
        script[start..start + removed].fill(Op::Removed);
        script[start + removed..end].fill(Op::Added);
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(old: &[u32], new: &[u32], script: &[Op]) -> (Vec<u32>, Vec<u32>) {
        let (mut i, mut j) = (0, 0);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for op in script {
            match op {
                Op::Same => {
                    assert_eq!(old[i], new[j]);
                    a.push(old[i]);
                    b.push(new[j]);
                    i += 1;
                    j += 1;
                }
                Op::Removed => {
                    a.push(old[i]);
                    i += 1;
                }
                Op::Added => {
                    b.push(new[j]);
                    j += 1;
                }
            }
        }
        (a, b)
    }

    #[test]
    fn finds_the_shortest_script() {
        // The classic example from Myers' paper: ABCABBA -> CBABAC has D = 5.
        let old = [1, 2, 3, 1, 2, 2, 1];
        let new = [3, 2, 1, 2, 1, 3];
        let script = diff(&old, &new);
        assert_eq!(script.iter().filter(|&&op| op != Op::Same).count(), 5);
        assert_eq!(apply(&old, &new, &script), (old.to_vec(), new.to_vec()));
    }

    #[test]
    fn falls_back_beyond_the_cap() {
        let old: Vec<u32> = (0..MAX_EDITS as u32).collect();
        let new: Vec<u32> = (0..MAX_EDITS as u32).map(|i| i + 1_000_000).collect();
        let script = diff(&old, &new);
        assert!(script[..MAX_EDITS].iter().all(|&op| op == Op::Removed));
        assert!(script[MAX_EDITS..].iter().all(|&op| op == Op::Added));
    }

    #[test]
    fn exactly_at_the_cap_is_still_searched() {
        // Half the cap removed and half added, with a shared token so trimming cannot help.
        let half = MAX_EDITS as u32 / 2;
        let old: Vec<u32> = (0..half).chain([7_777_777]).collect();
        let new: Vec<u32> = [7_777_777]
            .into_iter()
            .chain((0..half).map(|i| i + 1_000_000))
            .collect();
        let script = diff(&old, &new);
        assert_eq!(apply(&old, &new, &script), (old.clone(), new.clone()));
        assert_eq!(script.iter().filter(|&&op| op == Op::Same).count(), 1);
    }
}
