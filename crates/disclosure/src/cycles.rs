//! Rule 2: every suppressed cell must lie on a cycle of suppressed cells.
//!
//! Think of the margined grid as a bipartite graph: one node per row, one per column, and
//! each cell an edge between its row and its column. The published totals fix the sum at
//! every node. A hidden cell on a cycle of hidden cells can be raised while its neighbours
//! on the cycle are lowered, alternately, leaving every sum unchanged, so it is not
//! determined. A hidden cell on no cycle (a bridge) is determined: the equations on one
//! side of it add up to an equation in which it is the only unknown.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use crate::margined::{Margined, Pos};

/// Zero cells are a last resort, then smaller counts are cheaper: (zero cells, sum).
type Cost = (u64, u128);

/// Hides extra cells until no hidden cell is a bridge. Returns whether anything changed.
pub(crate) fn close_cycles(values: &Margined, hidden: &mut [Vec<bool>]) -> bool {
    let mut changed = false;
    loop {
        let bridges = hidden_cells(hidden)
            .filter(|&cell| is_bridge(hidden, cell))
            .collect::<Vec<Pos>>();
        if bridges.is_empty() {
            return changed;
        }
        for bridge in bridges {
            // An earlier detour in this pass may already have closed a cycle through it.
            if !is_bridge(hidden, bridge) {
                continue;
            }
            match cheapest_detour(values, hidden, bridge) {
                Some(detour) => {
                    for (i, j) in detour {
                        hidden[i][j] = true;
                    }
                }
                // Only a grid with a single row or column node lacks a detour, and the
                // caller never sends one; failing closed beats publishing a derivable cell.
                None => {
                    hidden.iter_mut().flatten().for_each(|h| *h = true);
                    return true;
                }
            }
            changed = true;
        }
    }
}

fn hidden_cells(hidden: &[Vec<bool>]) -> impl Iterator<Item = Pos> + '_ {
    hidden.iter().enumerate().flat_map(|(i, row)| {
        row.iter()
            .enumerate()
            .filter(|(_, &h)| h)
            .map(move |(j, _)| (i, j))
    })
}

/// Node numbering: rows are 0..height, columns height..height + width.
fn node_count(hidden: &[Vec<bool>]) -> (usize, usize) {
    (hidden.len(), hidden.first().map_or(0, Vec::len))
}

/// The cells touching a node, as (cell, node at the other end).
fn incident(height: usize, width: usize, node: usize) -> impl Iterator<Item = (Pos, usize)> {
    let (rows, cols) = if node < height {
        (node..node + 1, 0..width)
    } else {
        (0..height, node - height..node - height + 1)
    };
    rows.flat_map(move |i| cols.clone().map(move |j| (i, j)))
        .map(move |(i, j)| ((i, j), if node < height { height + j } else { i }))
}

/// Whether removing this hidden cell disconnects its row from its column among hidden cells.
fn is_bridge(hidden: &[Vec<bool>], cell: Pos) -> bool {
    let (height, width) = node_count(hidden);
    let (start, goal) = (cell.0, height + cell.1);
    let mut seen = vec![false; height + width];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(node) = queue.pop_front() {
        for ((i, j), next) in incident(height, width, node) {
            if (i, j) == cell || !hidden[i][j] || seen[next] {
                continue;
            }
            if next == goal {
                return false;
            }
            seen[next] = true;
            queue.push_back(next);
        }
    }
    true
}

/// The published cells to hide so that a path of hidden cells joins the bridge's row to its
/// column, closing a cycle through it; cheapest by [`Cost`] (Dijkstra, ties by position).
fn cheapest_detour(values: &Margined, hidden: &[Vec<bool>], bridge: Pos) -> Option<Vec<Pos>> {
    let (height, width) = node_count(hidden);
    let (start, goal) = (bridge.0, height + bridge.1);
    let cost_of = |(i, j): Pos| -> Cost {
        match (hidden[i][j], values.get((i, j))) {
            (true, _) => (0, 0),
            (false, 0) => (1, 0),
            (false, v) => (0, u128::from(v)),
        }
    };
    let mut best: Vec<Option<Cost>> = vec![None; height + width];
    let mut came_by: Vec<Option<(Pos, usize)>> = vec![None; height + width];
    let mut queue = BinaryHeap::from([Reverse(((0u64, 0u128), start))]);
    best[start] = Some((0, 0));
    while let Some(Reverse((cost, node))) = queue.pop() {
        if best[node].is_some_and(|b| b < cost) {
            continue;
        }
        if node == goal {
            break;
        }
        for (cell, next) in incident(height, width, node) {
            if cell == bridge {
                continue;
            }
            let step = cost_of(cell);
            let through = (cost.0 + step.0, cost.1 + step.1);
            if best[next].is_none_or(|b| through < b) {
                best[next] = Some(through);
                came_by[next] = Some((cell, node));
                queue.push(Reverse((through, next)));
            }
        }
    }
    let mut detour = Vec::new();
    let mut node = goal;
    while node != start {
        let (cell, previous) = came_by[node]?;
        if !hidden[cell.0][cell.1] {
            detour.push(cell);
        }
        node = previous;
    }
    Some(detour)
}
